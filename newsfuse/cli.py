"""The command line: each command a few lines over the library.

Exit status: 0 done (rejected inputs are counted, not fatal), 2 usage error, 1 failure. Errors are
one line on stderr; ``--debug`` adds the traceback.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from typing import Any

from newsfuse import __version__
from newsfuse.errors import NewsfuseError, UsageError
from newsfuse.pipeline import UNTIL
from newsfuse.settings import load_settings


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # usage errors: one line, exit 2
        raise UsageError(message)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", help="the SQLite store (default: OUT/newsfuse.db)")
    p.add_argument("--config", help="a TOML settings file (default: ./newsfuse.toml if present)")
    p.add_argument("--debug", action="store_true", help="show tracebacks on errors")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="newsfuse", description="Verified, cited event records from news.")
    parser.add_argument("--version", action="version", version=f"newsfuse {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    run = sub.add_parser("run", help="run the pipeline on inputs and write the output files")
    run.add_argument("inputs", nargs="+", metavar="INPUT", help="file, directory, glob or -")
    run.add_argument("--out", required=True, metavar="DIR", help="output folder")
    run.add_argument("--until", choices=UNTIL, default="report", help="stop after this stage")
    run.add_argument("--engine", choices=("local", "spark"), help="local (default) or spark")
    run.add_argument("--workers", type=int, help="processes for the per-article stages")
    run.add_argument("--batch-size", type=int, dest="batch_size", help="articles per batch")
    run.add_argument("--reference-time", dest="reference_time", help="ISO time taken as 'now'")
    run.add_argument("--no-progress", action="store_false", dest="progress", default=None)
    _common(run)

    serve = sub.add_parser("serve", help="serve the web app over a store")
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default 8765)")
    _common(serve)
    return parser


def _settings(args: argparse.Namespace) -> Any:
    names = ("db", "engine", "workers", "batch_size", "reference_time", "progress", "host", "port")
    flags = {n: getattr(args, n, None) for n in names}
    settings = load_settings(config=args.config, flags=flags)
    if settings.workers < 1:
        raise UsageError("--workers must be at least 1")
    return settings


def _run(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if settings.engine == "spark":
        from newsfuse.spark import run_spark

        summary = run_spark(args.inputs, settings, args.out, until=args.until)
    else:
        from newsfuse.pipeline import run

        summary = run(args.inputs, settings, args.out, until=args.until)
    print(summary.line(), file=sys.stderr)
    if args.until == "report":
        print(f"report: {summary.out_dir}/report.html")
    if summary.ungrounded:
        print(
            f"newsfuse: error: report not grounded: {summary.ungrounded} problems "
            f"(see {summary.out_dir}/grounding.jsonl)",
            file=sys.stderr,
        )
        return 1
    return 0


def _serve(args: argparse.Namespace) -> int:
    settings = _settings(args)
    from newsfuse.web import serve

    serve(settings)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            raise UsageError("a command is needed: run or serve (see newsfuse --help)")
        return _run(args) if args.command == "run" else _serve(args)
    except UsageError as exc:
        print(f"newsfuse: usage error: {exc}", file=sys.stderr)
        if debug:
            traceback.print_exc()
        return 2
    except NewsfuseError as exc:
        print(f"newsfuse: error: {exc}", file=sys.stderr)
        if debug:
            traceback.print_exc()
        return 1
    except KeyboardInterrupt:
        print("newsfuse: interrupted; run again to resume", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
