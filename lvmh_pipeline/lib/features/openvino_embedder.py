"""all-MiniLM-L6-v2 on OpenVINO: the exported fp32 graph, in bf16 where the CPU computes it natively.

:class:`OpenVinoEmbedder` is :class:`~lvmh_pipeline.lib.features.onnx_embedder.OnnxEmbedder`
(same tokenizer, windows, length-sorted batches and pooling) with the graph run by OpenVINO's
CPU plugin instead of ONNX Runtime. On CPUs with AMX or AVX-512 BF16 (OpenVINO's own choice:
its default inference precision there is bf16) the matrix products run in bf16: on the reference
machine (Xeon with AMX, 2 cores) 2,000 notes of ~250 characters are embedded ~2.4x faster than
with ONNX Runtime int8, at a mean cosine of 0.99998 to the fp32 vectors (int8: 0.996). Elsewhere
it computes in fp32, as fast as ONNX Runtime fp32 (then ``onnx-int8`` is the faster choice, and
the ``auto`` backend picks it: :func:`native_bf16`).

The precision is part of ``model_name`` (``…@openvino-bf16`` / ``…@openvino-f32``), so cached
vectors of different backends or precisions never mix. Compiled graphs are cached by OpenVINO
under ``<cache_dir>/openvino`` (first compile ~0.5 s, later ones ~0.1 s). Nothing here imports
torch.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from lvmh_pipeline.lib.features import onnx_export
from lvmh_pipeline.lib.features.onnx_embedder import OnnxEmbedder

__all__ = ["OpenVinoEmbedder", "native_bf16"]

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _core() -> Any:
    import openvino as ov

    return ov.Core()


@lru_cache(maxsize=1)
def native_bf16() -> bool:
    """True when OpenVINO's CPU plugin computes in bf16 by default on this machine (AMX or
    AVX-512 BF16): where the OpenVINO backend beats ONNX Runtime int8."""
    try:
        return _precision_name(_core().get_property("CPU", "INFERENCE_PRECISION_HINT")) == "bf16"
    except Exception:  # noqa: BLE001 - no CPU plugin, old OpenVINO: not the fast path
        return False


def _precision_name(element_type: Any) -> str:
    """``bf16``, ``f16`` or ``f32`` from an OpenVINO element type (``<Type: 'bfloat16'>``)."""
    text = str(element_type)
    return "bf16" if "bf" in text else "f16" if "f16" in text else "f32"


class _CompiledGraph:
    """The slice of an ``onnxruntime.InferenceSession`` that :class:`OnnxEmbedder` uses."""

    class _Port:
        def __init__(self, name: str, shape: list[Any]) -> None:
            self.name, self.shape = name, shape

    def __init__(self, compiled: Any) -> None:
        self._compiled = compiled
        self._request = compiled.create_infer_request()
        self._inputs = [self._Port(port.get_any_name(), []) for port in compiled.inputs]
        output = compiled.outputs[0]
        self._outputs = [self._Port(output.get_any_name(), [None, output.get_partial_shape()[1].get_length()])]

    def get_inputs(self) -> list[_Port]:
        return self._inputs

    def get_outputs(self) -> list[_Port]:
        return self._outputs

    def run(self, _names: Any, feed: dict[str, np.ndarray]) -> list[np.ndarray]:
        result = self._request.infer(feed)
        return [np.array(result[self._compiled.outputs[0]], dtype=np.float32)]


class OpenVinoEmbedder(OnnxEmbedder):
    """:class:`Embedder` running the exported MiniLM graph with OpenVINO on CPU (see module doc)."""

    def __init__(self, path: str | None = None, **kwargs: Any) -> None:
        kwargs.pop("precision", None)  # the plugin's precision, read back after compiling
        super().__init__(path, **kwargs)
        self.precision = _precision_name(self.session._compiled.get_property("INFERENCE_PRECISION_HINT"))
        self.model_name = self.model_name.replace("@onnx-fp32", f"@openvino-{self.precision}")

    def _open_session(self, model_dir: Path, cache_dir: Path) -> tuple[Path, Any]:
        """Compile the cached fp32 graph; a file that does not load is exported again once."""
        graph = onnx_export.ensure_graph(model_dir, cache_dir, "fp32")
        try:
            return graph, self._compile(graph, cache_dir)
        except Exception as exc:  # noqa: BLE001 - OpenVINO raises RuntimeError and its own types
            log.warning("cached ONNX graph %s is unusable (%s); exporting it again", graph, exc)
        graph = onnx_export.ensure_graph(model_dir, cache_dir, "fp32", rebuild=True)
        return graph, self._compile(graph, cache_dir)

    def _compile(self, graph: Path, cache_dir: Path) -> _CompiledGraph:
        core = _core()
        core.set_property({"CACHE_DIR": str(cache_dir / "openvino")})
        # no CPU pinning: the machine is shared with Dagster's other steps and workers, and a
        # pinned thread waits for its core (400 demo notes, one busy process beside: 16.5 s
        # pinned, 14.7 s not; equal on an idle machine)
        compiled = core.compile_model(str(graph), "CPU", {"INFERENCE_NUM_THREADS": self.threads,
                                                           "PERFORMANCE_HINT": "LATENCY",
                                                           "ENABLE_CPU_PINNING": False})
        return self._check(_CompiledGraph(compiled))
