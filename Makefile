# plantrack: `make demo` and `make test` are all a new machine needs.
SWIFT ?= swift
DEMO_DB ?= .build/demo/plantrack.sqlite
RELEASE_BIN = .build/release/plantrack
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := $(strip \
	$(if $(wildcard /usr/include/sqlite3.h),,libsqlite3-dev) \
	$(if $(wildcard /usr/include/libxml2/libxml/HTMLparser.h),,libxml2-dev) \
	$(if $(wildcard /usr/include/zlib.h),,zlib1g-dev) \
	$(if $(wildcard /usr/include/xlsxwriter.h),,libxlsxwriter-dev) \
	$(if $(shell command -v pdftotext),,poppler-utils))

.PHONY: all deps build release test demo lint format bench clean

all: build

## deps: install what is missing of the system libraries plantrack links against (SQLite,
## libxml2, zlib, libxlsxwriter) and of poppler-utils, whose pdftotext reads PDF plans
deps:
ifneq ($(APT_PACKAGES),)
	@echo "make deps: installing $(APT_PACKAGES) with apt-get"
	$(SUDO) apt-get update -qq
	$(SUDO) apt-get install -y -qq $(APT_PACKAGES)
endif

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## test: unit, store and end-to-end tests (the end-to-end ones run the built plantrack binary);
## every test uses Swift Testing, so the empty XCTest run is skipped
test: release
	$(SWIFT) test --disable-xctest

## demo: import the seed plans into a fresh database, log the demo figures, show what is overdue
demo: release
	@mkdir -p $(dir $(DEMO_DB))
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(RELEASE_BIN) --db $(DEMO_DB) import seeds/*.txt
	$(RELEASE_BIN) --db $(DEMO_DB) log --csv seeds/progress-demo.csv
	$(RELEASE_BIN) --db $(DEMO_DB) report overdue --as-of 2024-06-30

## bench: extraction, import, report and start-up figures beside their goals (release build)
bench: release
	$(SWIFT) build -c release --product PlantrackBench
	.build/release/PlantrackBench --plantrack $(RELEASE_BIN)

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests Plugins

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests Plugins

clean:
	rm -rf .build
