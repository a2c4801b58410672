import { html, nothing, type TemplateResult } from 'lit';
import type { TimeScale } from '../../../render/audio/time-scale.js';
import { ZOOM_STEP } from './audio-keys.js';

/** Playback speeds offered when the Audio's `speed` control is on. */
export const SPEEDS = [0.5, 0.75, 1, 1.25, 1.5, 2];

export interface ToolbarProps {
  readonly ready: boolean;
  readonly playing: boolean;
  readonly scale: TimeScale | undefined;
  /** Which controls the Audio's `zoom`, `volume` and `speed` attributes turn on (all by default). */
  readonly controls: { readonly zoom: boolean; readonly volume: boolean; readonly speed: boolean };
  readonly volume: number;
  readonly speed: number;
  readonly onTogglePlay: () => void;
  /** A zoom factor; 0 = fit the whole file. */
  readonly onZoom: (factor: number) => void;
  readonly onVolume: (event: Event) => void;
  readonly onSpeed: (event: Event) => void;
}

/**
 * The audio view's controls: play/pause, the time (filled in every frame by the view, outside Lit),
 * zoom out/in/fit, volume and speed. Buttons are real buttons with names; the waveform's own keys
 * (audio-keys.ts) do the same from the keyboard.
 */
export function renderToolbar(p: ToolbarProps): TemplateResult {
  const { scale } = p;
  return html`<div class="toolbar" part="toolbar">
    <button
      type="button"
      aria-label=${p.playing ? 'Pause' : 'Play'}
      ?disabled=${!p.ready}
      @click=${p.onTogglePlay}
    >
      ${p.playing ? '❚❚' : '▶'}
    </button>
    <span class="time" part="time" aria-hidden="true"></span>
    ${
      p.controls.zoom
        ? html`<button
              type="button"
              aria-label="Zoom out"
              ?disabled=${!scale || scale.zoom <= 1}
              @click=${() => p.onZoom(1 / ZOOM_STEP)}
            >
              −
            </button>
            <button
              type="button"
              aria-label="Zoom in"
              ?disabled=${!scale || scale.zoom >= scale.maxZoom}
              @click=${() => p.onZoom(ZOOM_STEP)}
            >
              +
            </button>
            <button type="button" ?disabled=${!scale || scale.zoom <= 1} @click=${() => p.onZoom(0)}>
              Fit
            </button>`
        : nothing
    }
    ${
      p.controls.volume
        ? html`<label
            >Volume
            <input type="range" min="0" max="1" step="0.05" .value=${String(p.volume)} @input=${p.onVolume}
          /></label>`
        : nothing
    }
    ${
      p.controls.speed
        ? html`<label
            >Speed
            <select @change=${p.onSpeed}>
              ${SPEEDS.map((s) => html`<option value=${s} ?selected=${s === p.speed}>${s}×</option>`)}
            </select>
          </label>`
        : nothing
    }
  </div>`;
}

/** `m:ss.mmm` (or `h:mm:ss.mmm`): milliseconds shown, since segments are edited at that precision. */
export function formatTime(seconds: number): string {
  const ms = Math.round(Math.max(0, seconds) * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const rest = String(ms % 1000).padStart(3, '0');
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}.${rest}`;
}
