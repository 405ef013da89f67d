"""Evaluation commands: eval (score against gold), gate (quality floors), bench (throughput)."""

from __future__ import annotations

import datetime as dt
import json
import sys

import click

from ..errors import BadDate
from .feedback import ProgressAnalyzer, progress_bar, progress_option


def register(group: click.Group) -> None:
    group.add_command(eval_cmd)
    group.add_command(gate_cmd)
    group.add_command(bench_cmd)


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BadDate(value)


@click.command("eval")
@click.argument("gold", required=False, type=click.Path(exists=True))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--errors", is_flag=True, help="List every miss and false positive with its sentence.")
@click.option("--published", help="Publication date YYYY-MM-DD (overrides the gold's).")
@click.option("--model", default="sm", show_default=True, help="spaCy model: sm, md or a package.")
@click.option("--gate", "floors", type=click.Path(dir_okay=False),
              help="Instead of one GOLD, run the quality gate with this floors file.")
@progress_option
def eval_cmd(gold, as_json, errors, published, model, floors, progress):
    """Score detente against GOLD: sentence gold (.jsonl), document gold (.json), or a folder
    of document gold files scored together (e.g. quality/gold/voa: 30 whole VOA stories).

    \b
    Prints per-category precision/recall/F1, micro and macro F1, and on matched events
    actor/recipient country, sector, date, location and modality accuracy; for document
    gold also must-not violations, quotes, statements, rounds, positions and claims, and
    the share of output events fully right (category, actor and recipient countries, date
    and place) and of events whose actors carry no country. --errors lists each miss,
    false positive and wrong field with its article id and sentence.
    """
    from ..evaluate import evaluate_file, render

    if floors:
        return _run_gate(floors, None, model, False, False, None)
    if not gold:
        raise click.UsageError("give a GOLD file, or --gate FLOORS to run the quality gate.")
    from ..evaluate.run import eval_options
    from ..pipeline import Analyzer

    analyzer = ProgressAnalyzer(lambda: Analyzer(eval_options(model)), progress)
    report = evaluate_file(gold, model=model, published=_date(published), analyzer=analyzer)
    if as_json:
        if not errors:
            report = {k: v for k, v in report.items() if k != "errors"}
        click.echo(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        click.echo(render(report, errors=errors))


@click.command("gate")
@click.argument("floors", required=False, type=click.Path(dir_okay=False))
@click.option("--eval-dir", type=click.Path(file_okay=False),
              help="Folder with the gold files [default: ../shared/eval from the repo root].")
@click.option("--model", default="sm", show_default=True, help="spaCy model: sm, md or a package.")
@click.option("--raise-floors", is_flag=True,
              help="Write measured figures (minus a 0.02 margin) where they beat the floor.")
@click.option("--allow-lower", is_flag=True, help="With --raise-floors: also lower floors.")
@click.option("--reason", help="Why floors are lowered (recorded in the floors file history).")
def gate_cmd(floors, eval_dir, model, raise_floors, allow_lower, reason):
    """Fail (exit 1) if any quality figure is below its floor in FLOORS.

    FLOORS defaults to quality/floors.json in the repo. When the eval folder does not exist
    the gate says it skipped and exits 0, so a fresh clone still passes.
    """
    _run_gate(floors, eval_dir, model, raise_floors, allow_lower, reason)


def _run_gate(floors, eval_dir, model, raise_floors, allow_lower, reason):
    from ..evaluate import gate

    result = gate.run_gate(floors_path=floors, eval_dir=eval_dir, model=model,
                           raise_floors=raise_floors, allow_lower=allow_lower, reason=reason)
    click.echo(result.message)
    if not result.ok:
        sys.exit(1)


@click.command("bench")
@click.argument("corpus", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--model", default="sm", show_default=True, help="spaCy model: sm, md or a package.")
@click.option("--replicate", default=3, show_default=True, type=click.IntRange(min=1),
              help="Also time the corpus repeated N times (1 skips). On 2 cores the default run "
                   "over the VOA corpus takes 3-7 minutes; --replicate 10 takes 10-20 "
                   "minutes more, so ask for it only when you need it.")
@click.option("--repeats", default=1, show_default=True, type=click.IntRange(min=1),
              help="Time the single pass N times (alternating) and keep the fastest.")
@click.option("--limit", type=click.IntRange(min=1), help="Use only the first N texts.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@progress_option
def bench_cmd(corpus, model, replicate, repeats, limit, as_json, progress):
    """Time detente's full analysis against bare spaCy nlp.pipe on CORPUS (JSONL, 'text').

    CORPUS defaults to ../shared/corpora/voa/voa_stories.jsonl. Model load time is excluded;
    both are warmed up first. Prints articles/s, words/s, the detente/bare time ratio and
    peak RSS, for the corpus once and replicated.
    """
    from .. import bench

    bars = []

    def start(total: int):
        bars.append(progress_bar(progress, total, "article"))
        return bars[0].update

    try:
        result = bench.run_bench(corpus, model=model, replicate=replicate, limit=limit,
                                 repeats=repeats, progress=start)
    finally:
        for bar in bars:
            bar.close()
    if as_json:
        click.echo(json.dumps(result, indent=1))
    else:
        click.echo(bench.render(result))
