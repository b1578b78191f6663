#!/bin/sh
# Measures HTML main-content extraction over whole documentation sets installed from Debian
# packages: boilerplate lines left, pages classified as maps, <p> text kept.
#
#   apt-get install python3-doc git-doc debian-faq libcairo2-doc mkdocs-doc libjsoncpp-doc
#   Benchmarks/ExtractionQuality/measure.sh [report.md]
#
# Runs the ExtractionQualityReport test of ChunkersTests (skipped unless EXTRACTION_QUALITY_SETS
# is set). PACKAGE_DIR selects the package to build (default: this repository); set SKIP_BUILD=1
# when the tests are built already.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
package=${PACKAGE_DIR:-$(cd "$here/../.." && pwd)}
report=${1:-$here/report.md}
EXTRACTION_QUALITY_SETS="sphinx=/usr/share/doc/python3.11/html;asciidoc=/usr/share/doc/git/html;docbook=/usr/share/doc/debian/FAQ;docbook-chapters=/usr/share/debian-reference;gtkdoc=/usr/share/gtk-doc/html/cairo;mkdocs=/usr/share/doc/mkdocs/html;doxygen=/usr/share/doc/libjsoncpp-doc"
EXTRACTION_QUALITY_REPORT=$report
export EXTRACTION_QUALITY_SETS EXTRACTION_QUALITY_REPORT
cd "$package"
if [ "${SKIP_BUILD:-0}" != 1 ]; then swift build --build-tests; fi
swift test --skip-build --filter ExtractionQualityReport
cat "$report"
