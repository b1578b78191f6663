# The two Quick start commands (see README.md) and a few conveniences.
SWIFT ?= swift

.PHONY: demo test build release system-packages

## Runs the main job: indexes Examples/docs offline (into Examples/.rag) and answers a question with citations.
DEMO_QUESTION ?= How do I rotate the logs?
demo: system-packages
	$(SWIFT) build -c release --product rag
	"$$($(SWIFT) build -c release --show-bin-path)/rag" index Examples/docs --index Examples/.rag --embedder local
	@echo
	"$$($(SWIFT) build -c release --show-bin-path)/rag" ask "$(DEMO_QUESTION)" --index Examples/.rag --answerer extractive

## Builds everything and runs the whole test suite, one test module per process: all suites of all modules at once
## held ~1,800 descriptors, past select()'s 1,024 and into a Foundation Process.run() crash on Linux
## (swift-corelibs-foundation#5472, fixed upstream after 6.3.1).
TEST_MODULES ?= ChunkersTests VectorIndexTests TextEncoderTests OpenAIClientTests OpenAIRealtimeTests RAGKitTests RAGServerTests RAGCLITests
test: system-packages
	$(SWIFT) build --build-tests
	@for module in $(TEST_MODULES); do \
		echo "== $$module"; \
		$(SWIFT) test --skip-build --filter "^$$module\\." || exit 1; \
	done

build: system-packages
	$(SWIFT) build

release: system-packages
	$(SWIFT) build -c release

system-packages:
	@scripts/ensure-system-packages.sh poppler-utils
