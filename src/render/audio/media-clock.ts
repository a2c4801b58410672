/**
 * Playback through an HTML `<audio>` element, whose `currentTime` is the one clock everything reads:
 * the playhead is drawn from it every frame, seeks set it, segment loops check it. Nothing keeps a
 * second clock that could drift from the sound (Label Studio users report drift on long files).
 *
 * `preload="metadata"`: the element reads the file as it plays (range requests over http), instead of
 * loading all of it again beside the decoded copy.
 */
export interface LoopRange {
  readonly start: number;
  readonly end: number;
}

export class MediaClock {
  readonly element: HTMLAudioElement;
  #loop: LoopRange | undefined;

  constructor(url: string) {
    const element = document.createElement('audio');
    element.preload = 'metadata';
    element.src = url;
    this.element = element;
  }

  get time(): number {
    return this.element.currentTime;
  }

  get playing(): boolean {
    return !this.element.paused && !this.element.ended;
  }

  /** The segment being looped, if any. */
  get loop(): LoopRange | undefined {
    return this.#loop;
  }

  async play(): Promise<void> {
    await this.element.play();
  }

  pause(): void {
    this.#loop = undefined;
    this.element.pause();
  }

  /** Moves the clock; a seek ends a segment loop. */
  seek(time: number): void {
    this.#loop = undefined;
    this.#seek(time);
  }

  #seek(time: number): void {
    const duration = Number.isFinite(this.element.duration)
      ? this.element.duration
      : Number.POSITIVE_INFINITY;
    this.element.currentTime = Math.min(Math.max(0, time), duration);
  }

  /** Plays `range` over and over until paused. */
  async playLoop(range: LoopRange): Promise<void> {
    this.#loop = range;
    this.#seek(range.start);
    await this.element.play();
  }

  /** Called every frame: wraps a loop that ran past its end back to its start. */
  tick(): void {
    const loop = this.#loop;
    if (loop && this.playing && this.time >= loop.end) this.#seek(loop.start);
  }

  set rate(value: number) {
    this.element.playbackRate = value;
  }

  set volume(value: number) {
    this.element.volume = Math.min(1, Math.max(0, value));
  }

  set muted(value: boolean) {
    this.element.muted = value;
  }

  destroy(): void {
    this.#loop = undefined;
    this.element.pause();
    this.element.removeAttribute('src');
    this.element.load();
  }
}
