/**
 * Shared pieces of the control stories: a task with an annotation built from result items, and the
 * `play` step that shows a control's "required" state the way an annotator meets it, after a refused
 * submit.
 */
import type { LSResult, LSTask } from '../../src/format/types.js';
import type { LabelWorkspace } from '../../src/elements/workspace/label-workspace.js';

/** A task whose annotation 1 holds `result`; open it with `annotationId: 1`. */
export function annotated(data: Record<string, unknown>, result: LSResult[]): LSTask {
  return { id: 1, data, annotations: [{ id: 1, result }] };
}

/** Presses Submit once the workspace has rendered, so required controls show their problem. */
export async function refuseSubmit({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const ws = canvasElement.querySelector<LabelWorkspace>('label-workspace');
  if (!ws) return;
  await ws.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  ws.submit();
}
