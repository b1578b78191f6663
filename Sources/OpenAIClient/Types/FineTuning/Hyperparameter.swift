/// A hyperparameter value: `"auto"` (the API picks) or a number.
public enum Hyperparameter: Codable, Sendable, Hashable, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    /// `"auto"`.
    case auto
    /// A number, such as `3` epochs or a `0.1` learning rate multiplier.
    case value(Double)

    /// A number from an integer literal.
    public init(integerLiteral value: Int) { self = .value(Double(value)) }
    /// A number from a float literal.
    public init(floatLiteral value: Double) { self = .value(value) }

    /// Decodes `"auto"` or a number.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            self = .value(number)
        } else {
            let text = try container.decode(String.self)
            guard text == "auto" else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected \"auto\" or a number, found \"\(text)\"")
            }
            self = .auto
        }
    }

    /// Encodes `"auto"`, an integer when the value is whole, or a number.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .auto: try container.encode("auto")
        case .value(let number):
            if number.rounded() == number, abs(number) < 1e15 {
                try container.encode(Int(number))
            } else {
                try container.encode(number)
            }
        }
    }
}

/// The hyperparameters of supervised and DPO fine-tuning; `nil` fields are left to the API (`auto`).
public struct FineTuningHyperparameters: Codable, Sendable, Hashable {
    /// Examples per batch, 1 to 256.
    public var batchSize: Hyperparameter?
    /// The learning rate scale.
    public var learningRateMultiplier: Hyperparameter?
    /// Epochs, 1 to 50.
    public var nEpochs: Hyperparameter?
    /// The DPO penalty weight, 0 to 2 (DPO only).
    public var beta: Hyperparameter?

    /// Creates hyperparameters.
    public init(batchSize: Hyperparameter? = nil, learningRateMultiplier: Hyperparameter? = nil, nEpochs: Hyperparameter? = nil, beta: Hyperparameter? = nil) {
        self.batchSize = batchSize
        self.learningRateMultiplier = learningRateMultiplier
        self.nEpochs = nEpochs
        self.beta = beta
    }

    enum CodingKeys: String, CodingKey {
        case beta
        case batchSize = "batch_size"
        case learningRateMultiplier = "learning_rate_multiplier"
        case nEpochs = "n_epochs"
    }
}

/// The fine-tuning method: supervised or DPO, with its hyperparameters.
public struct FineTuningMethod: Codable, Sendable, Hashable {
    /// `supervised`, `dpo` or `reinforcement`.
    public var type: String
    /// Supervised settings.
    public var supervised: Settings?
    /// DPO settings.
    public var dpo: Settings?

    /// The settings of one method.
    public struct Settings: Codable, Sendable, Hashable {
        /// The hyperparameters.
        public var hyperparameters: FineTuningHyperparameters?
        /// Creates settings.
        public init(hyperparameters: FineTuningHyperparameters? = nil) { self.hyperparameters = hyperparameters }
    }

    /// Supervised fine-tuning.
    public static func supervised(_ hyperparameters: FineTuningHyperparameters? = nil) -> FineTuningMethod {
        FineTuningMethod(type: "supervised", supervised: Settings(hyperparameters: hyperparameters))
    }

    /// Direct preference optimization (training data has preferred and non-preferred outputs).
    public static func dpo(_ hyperparameters: FineTuningHyperparameters? = nil) -> FineTuningMethod {
        FineTuningMethod(type: "dpo", dpo: Settings(hyperparameters: hyperparameters))
    }
}
