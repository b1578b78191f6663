/// Decides a file's format from its extension and its first bytes.
enum ContentSniffer {
    enum Verdict: Equatable {
        case kind(DocumentKind)
        case binary(String)
        case unsupported(String)
    }

    static let markdownExtensions: Set<String> = ["md", "markdown", "mdown", "mkd", "mkdn", "mdx"]
    static let htmlExtensions: Set<String> = ["html", "htm", "xhtml"]
    static let codeExtensions: Set<String> = [
        "swift", "c", "h", "cc", "cpp", "cxx", "hpp", "hh", "m", "mm", "py", "pyi", "js", "mjs", "cjs", "ts", "tsx", "jsx",
        "go", "rs", "java", "kt", "kts", "scala", "rb", "php", "cs", "fs", "sh", "bash", "zsh", "fish", "ps1", "sql",
        "lua", "pl", "pm", "r", "jl", "hs", "ml", "mli", "ex", "exs", "erl", "clj", "dart", "vue", "svelte", "zig", "nim",
        "proto", "graphql", "css", "scss", "less", "json", "yaml", "yml", "toml", "xml", "cmake", "gradle", "mk",
        "dockerfile", "tf", "el", "vim", "asm", "s", "cu", "f90", "groovy",
    ]
    static let codeFileNames: Set<String> = ["makefile", "dockerfile", "gnumakefile", "cmakelists.txt", "rakefile", "gemfile", "podfile", "package.swift"]

    /// Extensions of formats that are never text, with a short name for the message.
    static let unsupportedExtensions: [String: String] = {
        var table: [String: String] = [:]
        for ext in ["png", "jpg", "jpeg", "gif", "webp", "bmp", "tiff", "tif", "ico", "heic", "psd"] { table[ext] = "image" }
        for ext in ["mp3", "wav", "flac", "ogg", "m4a", "aac", "mp4", "mov", "avi", "mkv", "webm"] { table[ext] = "audio or video" }
        for ext in ["zip", "gz", "tgz", "bz2", "xz", "7z", "rar", "tar", "zst", "jar", "whl"] { table[ext] = "archive" }
        for ext in ["docx", "xlsx", "pptx", "doc", "xls", "ppt", "odt", "ods", "odp", "epub", "pages", "key", "numbers"] { table[ext] = "office document" }
        for ext in ["exe", "dll", "so", "dylib", "o", "a", "class", "pyc", "wasm", "bin", "dat", "db", "sqlite", "sqlite3"] { table[ext] = "binary" }
        for ext in ["ttf", "otf", "woff", "woff2"] { table[ext] = "font" }
        return table
    }()

    /// Magic numbers of binary formats, with a short name for the message.
    private static let magicNumbers: [(bytes: [UInt8], name: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"), ([0xFF, 0xD8, 0xFF], "JPEG image"), (Array("GIF8".utf8), "GIF image"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"), ([0x1F, 0x8B], "gzip archive"), (Array("BZh".utf8), "bzip2 archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz archive"), ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7z archive"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd archive"), ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ([0xCF, 0xFA, 0xED, 0xFE], "Mach-O executable"), ([0xCA, 0xFE, 0xBA, 0xBE], "Mach-O or Java class file"),
        (Array("SQLite format 3".utf8) + [0], "SQLite database"), ([0x00, 0x61, 0x73, 0x6D], "WebAssembly module"),
        (Array("RIFF".utf8), "RIFF media file"), (Array("OggS".utf8), "Ogg media file"), (Array("fLaC".utf8), "FLAC audio"),
        (Array("ID3".utf8), "MP3 audio"), (Array("wOFF".utf8), "web font"), (Array("wOF2".utf8), "web font"),
    ]

    /// The lowercased extension of a path, or the whole lowercased name when it has none.
    static func fileExtension(of path: String) -> (ext: String, name: String) {
        let name = path.split(separator: "/").last.map(String.init)?.lowercased() ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return ("", name) }
        return (String(name[name.index(after: dot)...]), name)
    }

    /// Judges by extension alone, before reading: formats that are never text.
    static func verdictBeforeReading(path: String) -> Verdict? {
        let (ext, _) = fileExtension(of: path)
        if let name = unsupportedExtensions[ext] { return .unsupported("\(name) files (.\(ext)) are not supported") }
        return nil
    }

    /// Judges by content and extension.
    static func verdict(path: String, head bytes: ArraySlice<UInt8>) -> Verdict {
        let (ext, name) = fileExtension(of: path)
        if bytes.starts(with: Array("%PDF-".utf8)) || (ext == "pdf" && containsPDFHeader(bytes)) { return .kind(.pdf) }
        for magic in magicNumbers where bytes.starts(with: magic.bytes) {
            return .binary("binary content (\(magic.name))")
        }
        let hasUTF16BOM = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        if !hasUTF16BOM {
            let sample = bytes.prefix(8192)
            if sample.contains(0) { return .binary("binary content (NUL bytes)") }
            let controls = sample.count { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C && $0 != 0x1B }
            if controls * 10 > sample.count { return .binary("binary content (control bytes)") }
        }
        if ext == "pdf" { return .binary("binary content (a .pdf file without a PDF header)") }
        if markdownExtensions.contains(ext) { return .kind(.markdown) }
        if htmlExtensions.contains(ext) { return .kind(.html) }
        if codeExtensions.contains(ext) || codeFileNames.contains(name) { return .kind(.code) }
        if ext.isEmpty || ext == "txt" || ext == "text" {
            if looksLikeHTML(bytes) { return .kind(.html) }
            if bytes.starts(with: Array("#!".utf8)) { return .kind(.code) }
        }
        return .kind(.text)
    }

    /// PDF readers accept a header anywhere in the first kilobyte.
    private static func containsPDFHeader(_ bytes: ArraySlice<UInt8>) -> Bool {
        let marker = Array("%PDF-".utf8)
        let window = bytes.prefix(1024)
        guard window.count >= marker.count else { return false }
        var i = window.startIndex
        while i + marker.count <= window.endIndex {
            if window[i..<(i + marker.count)].elementsEqual(marker) { return true }
            i += 1
        }
        return false
    }

    private static func looksLikeHTML(_ bytes: ArraySlice<UInt8>) -> Bool {
        let head = String(decoding: bytes.prefix(512), as: UTF8.self)
            .drop { $0.isWhitespace || $0 == "\u{FEFF}" }.prefix(15).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
    }
}
