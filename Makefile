# pemilu-kg: `make demo` then `make test`. `make help` lists every target.
VENV   ?= .venv
PY     := $(VENV)/bin/python
KG     := $(VENV)/bin/kg
STAMP  := $(VENV)/.installed
SHARED ?= ../shared
export OMP_NUM_THREADS ?= 1

# Which torch build `make install` gets. The default index gives, on an ordinary Linux
# machine, the CUDA build and its nvidia wheels (several GB). `make install CPU=1` takes the
# CPU-only build from PyTorch's own index (about 200 MB); TORCH_INDEX=URL picks any index.
# Left unset, torch comes from the configured index, as it always did.
CPU         ?=
TORCH_INDEX ?= $(if $(filter 1 yes true,$(CPU)),https://download.pytorch.org/whl/cpu,)
TORCH_PIP   := $(if $(TORCH_INDEX),--index-url $(TORCH_INDEX),)

# $(call need-shared,TARGET,PATH...): stop with a message when a $(SHARED)/PATH is missing (a fresh clone has no
# ../shared). Run as the target's first prerequisite, before anything is installed or built.
need-shared = @for f in $(2); do test -e $(SHARED)/$$f || { echo "make $(1) needs $(SHARED)/$$f, the project's \
shared data and tools, beside this checkout (set SHARED=DIR if it is elsewhere); without it: make demo, \
make test, make bench" >&2; exit 2; }; done

.PHONY: help install demo test wheel-check bench quality score docs models-train models-evaluate clean \
        shared-for-quality shared-for-score shared-for-models-train shared-for-models-evaluate

help:  ## list targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

$(STAMP): setup.cfg pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q $(TORCH_PIP) torch==2.13.0
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install pemilu-kg with its test tools (CPU=1: CPU-only torch)

demo: $(STAMP)  ## build out/graph.ttl and out/graph.graphml from samples/
	$(KG) build samples -o out

test: $(STAMP)  ## run the whole test suite (unit + end-to-end with the shipped models)
	$(PY) -m pytest -q

WHEEL_VENV ?= /tmp/pemilu-kg-wheel-venv
wheel-check: $(STAMP)  ## build the wheel, install it in a fresh venv, run kg build/validate/query from there
	rm -rf dist $(WHEEL_VENV) && $(PY) -m pip wheel -q --no-deps --no-build-isolation -w dist .
	python3 -m venv $(WHEEL_VENV)
	$(WHEEL_VENV)/bin/python -m pip install -q $(TORCH_PIP) torch==2.13.0
	$(WHEEL_VENV)/bin/python -m pip install -q dist/pemilu_kg-*.whl
	cd $(WHEEL_VENV) && bin/kg build $(CURDIR)/samples -o out --no-cache -q \
	  && bin/kg validate out/graph.ttl && bin/kg query out/graph.ttl acting-officials \
	  && bin/kg stats out/graph.ttl > /dev/null && bin/kg --version

bench: $(STAMP)  ## build throughput, rebuilds, --jobs 2 and Dask rows (SIZES=10,100,1000 for the full run)
	$(PY) -m kg.bench $(if $(SIZES),--sizes $(SIZES))

quality: shared-for-quality $(STAMP)  ## per-field P/R/F1 on the measured half of ../shared/gold/news and on the samples; updates README
	$(PY) -m kg.quality --shared $(SHARED) --readme README.md

score: shared-for-score demo  ## score out/graph.ttl against the gold seeds (needs ../shared)
	$(PY) $(SHARED)/tools/kgscore.py --gold $(SHARED)/gold/seeds --graph out/graph.ttl --misses

docs: $(STAMP)  ## regenerate docs/rules.md from the rule registry
	$(KG) rules --markdown > docs/rules.md

models-train: shared-for-models-train $(STAMP)  ## retrain the bundled Stanza models from ../shared/data (about two hours on 2 cores)
	$(KG) models train --ud $(SHARED)/data/ud --ner $(SHARED)/data/ner --out kg/models/id

models-evaluate: shared-for-models-evaluate $(STAMP)  ## score the bundled models on UD CSUI test and idner-news-2k test (needs ../shared)
	$(KG) models evaluate --ud $(SHARED)/data/ud --ner $(SHARED)/data/ner

shared-for-quality:
	$(call need-shared,quality,tools/kgscore.py gold/news gold/seeds)
shared-for-score:
	$(call need-shared,score,tools/kgscore.py gold/seeds)
shared-for-models-train:
	$(call need-shared,models-train,data/ud data/ner)
shared-for-models-evaluate:
	$(call need-shared,models-evaluate,data/ud/id_csui-ud-test.conllu data/ner/idner-news-2k/test.txt)

clean:  ## remove outputs (keeps .venv)
	rm -rf out build *.egg-info
