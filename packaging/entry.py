"""Entry point of the frozen app: the same `main` as the `entity-explorer` console script."""

import multiprocessing

from explorer.cli import main

if __name__ == "__main__":
    # spaCy's worker processes (`nlp.pipe(n_process=...)`) re-run this executable
    # under the spawn and forkserver start methods; this lets them become workers.
    multiprocessing.freeze_support()
    raise SystemExit(main())
