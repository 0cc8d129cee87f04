"""The fetch list of the web texts (`scripts/web_text_sources.py`) covers every gold text."""

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location(
    "web_text_sources", ROOT / "scripts" / "web_text_sources.py"
)
web_text_sources = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(web_text_sources)


def test_every_text_of_a_folder_is_listed_with_its_address():
    sources = web_text_sources.text_sources(["web85"])
    gold = [json.loads(p.read_text()) for p in sorted((ROOT / "tests/gold/web85").glob("*.json"))]
    assert set(sources) == {g["source"] for g in gold}
    path, hint = sources["texts85/bruinisse-dorpsraad-2010.txt"]
    assert path.name == "bruinisse-dorpsraad-2010.json"
    assert hint == "https://www.dorpsraad-bruinisse.nl/2010/06/bestuursvergadering-31-05-2010-2/"


def test_a_second_reading_never_hides_the_first_readings_source():
    sources = web_text_sources.text_sources(["web113"])
    path, hint = sources["texts113/fronteers-alv-2021.txt"]
    assert "second" not in path.parts and "fronteers" in hint.lower()
