# The two Quick start commands (see README.md) and a few conveniences.
SWIFT ?= swift

.PHONY: demo test build release system-packages

## Runs the main job.
demo: system-packages
	$(SWIFT) build -c release --product vector-bench
	$(SWIFT) run -c release vector-bench --synthetic --n 20000 --d 384 --k 10 --threads 2

## Builds everything and runs the whole test suite.
test: system-packages
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

build: system-packages
	$(SWIFT) build

release: system-packages
	$(SWIFT) build -c release

system-packages:
	@scripts/ensure-system-packages.sh poppler-utils
