"""Fails when any two modules of corpus_tui import each other, directly or through others
(type-only imports included). The layers contract of import-linter leaves the app's own
modules, and each layer's siblings, free to import each other: this closes that gap."""
import sys

import grimp

graph = grimp.build_graph("corpus_tui")
cycles = sorted({tuple(sorted((module, imported))) for module in graph.modules
                 for imported in graph.find_modules_directly_imported_by(module)
                 if graph.chain_exists(importer=imported, imported=module)})
for a, b in cycles:
    print(f"import cycle: {a} <-> {b}")
print(f"import cycles: {len(cycles)}")
sys.exit(1 if cycles else 0)
