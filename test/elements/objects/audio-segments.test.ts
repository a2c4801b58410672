import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LabelWorkspace } from '../../../src/elements/workspace/label-workspace.js';
import type { LSResult } from '../../../src/format/types.js';
import type { RegionDetail } from '../../../src/events/index.js';
import { wavUrl } from '../../support/wav.js';
import { recordChanges, settle } from '../workspace-fixture.js';
import { OVERVIEW_HEIGHT } from '../../../src/render/audio/overview-geometry.js';
import { clickOn, the } from '../controls/real-input.js';
import {
  WAVE_RGB,
  clickAt,
  drag,
  frames,
  mountAudio,
  near,
  pointAt,
  readCanvas,
  timeAtClientX,
  waveArea,
  waveExtent,
} from './audio-support.js';

const config = (audioAttrs = '') => `<View>
  <Labels name="label" toName="audio">
    <Label value="Beat" background="#98C84E"/>
    <Label value="Voice" background="red"/>
  </Labels>
  <Audio name="audio" value="$url" ${audioAttrs}/>
</View>`;
const url = () => wavUrl({ sampleRate: 8000, seconds: 4, tones: [{ start: 1, end: 2, frequency: 440 }] });

/** A segment as Label Studio writes it (ls-spec §6.11). */
const segment = (id: string, start: number, end: number, labels = ['Beat']): LSResult => ({
  original_length: 4,
  value: { start, end, channel: 0, labels },
  id,
  from_name: 'label',
  to_name: 'audio',
  type: 'labels',
  origin: 'manual',
});

function events(ws: LabelWorkspace): { input: RegionDetail[]; change: RegionDetail[] } {
  const seen = { input: [] as RegionDetail[], change: [] as RegionDetail[] };
  ws.addEventListener('label-region-input', (e) => seen.input.push(e.detail));
  ws.addEventListener('label-region-change', (e) => seen.change.push(e.detail));
  return seen;
}

const resultOf = (ws: LabelWorkspace) => ws.getAnnotation().result;

/** The palette button of a label. */
function labelButton(ws: LabelWorkspace, value: string): HTMLButtonElement {
  const palette = the(ws, 'label-labels');
  return [...palette.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes(value))!;
}

describe('<label-audio-view>: labelled segments by mouse and keyboard', () => {
  it('a drag over the tone with a label chosen creates one segment, exactly as Label Studio writes it', async () => {
    const { ws, view } = await mountAudio(config(), { data: { url: url() } });
    await clickOn(ws, labelButton(ws, 'Beat'));
    const changes = recordChanges(ws);
    const seen = events(ws);
    const from = pointAt(view, 1);
    const to = pointAt(view, 2);
    await drag(ws, from, to);

    expect(changes).to.have.length(1);
    const [item] = resultOf(ws);
    expect(Object.keys(item!)).to.deep.equal([
      'original_length',
      'value',
      'id',
      'from_name',
      'to_name',
      'type',
      'origin',
    ]);
    expect(Object.keys(item!.value!)).to.deep.equal(['start', 'end', 'channel', 'labels']);
    expect(item).to.deep.include({
      original_length: 4,
      from_name: 'label',
      to_name: 'audio',
      type: 'labels',
      origin: 'manual',
    });
    const { start, end, channel, labels } = item!.value as {
      start: number;
      end: number;
      channel: number;
      labels: string[];
    };
    // the times under the pointer where the drag began and ended (a pixel is 5 ms here)
    expect(start).to.be.closeTo(timeAtClientX(view, from[0]), 1e-9);
    expect(end).to.be.closeTo(timeAtClientX(view, to[0]), 1e-9);
    expect(start).to.be.closeTo(1, 0.006);
    expect(end).to.be.closeTo(2, 0.006);
    expect([channel, labels]).to.deep.equal([0, ['Beat']]);
    // live updates while dragging, one committed change on release, and the new segment is selected
    expect(seen.input.length).to.be.above(2);
    expect(seen.input.every((d) => d.id === item!.id)).to.equal(true);
    expect(seen.change).to.have.length(1);
    expect(seen.change[0]!.items).to.deep.equal([item]);
    expect(ws.getAnnotation().result).to.have.length(1);
    expect(ws.undo()).to.equal(true);
    expect(resultOf(ws)).to.deep.equal([]);
  });

  it('without a chosen label a drag creates nothing and says why', async () => {
    const { ws, view } = await mountAudio(config(), { data: { url: url() } });
    const changes = recordChanges(ws);
    await drag(ws, pointAt(view, 1), pointAt(view, 2));
    expect(changes).to.deep.equal([]);
    expect(view.shadowRoot!.querySelector('.hint')!.textContent).to.match(/Choose a label/);
  });

  it('click selects; edges resize, the body moves; each drag one undo step; Delete removes; Escape deselects', async () => {
    const task = { data: { url: url() }, annotations: [{ id: 'a1', result: [segment('s1', 1, 2)] }] };
    const { ws, view } = await mountAudio(config(), task, { annotationId: 'a1' });
    const seen = events(ws);
    await clickAt(ws, pointAt(view, 1.5));
    expect(view.currentTime).to.equal(0); // a click on a segment selects it, it does not seek
    let selected: readonly string[] = [];
    ws.addEventListener('label-selection-change', (e) => (selected = e.detail.selected));
    await sendKeys({ press: 'Escape' });
    await settle(ws);
    expect(selected).to.deep.equal([]);
    await clickAt(ws, pointAt(view, 1.5));
    expect(selected).to.deep.equal(['s1']);

    // the end edge, dragged to 3 s
    const changes = recordChanges(ws);
    const to = pointAt(view, 3);
    await drag(ws, pointAt(view, 2), to);
    expect(changes).to.have.length(1);
    expect(resultOf(ws)[0]!.value).to.deep.equal({
      start: 1,
      end: timeAtClientX(view, to[0]),
      channel: 0,
      labels: ['Beat'],
    });
    expect(seen.change.map((d) => d.id)).to.deep.equal(['s1']);

    // the body, dragged 0.5 s right
    const before = resultOf(ws)[0]!.value as { start: number; end: number };
    const grab = pointAt(view, 1.5);
    const drop = pointAt(view, 2);
    await drag(ws, grab, drop);
    const moved = resultOf(ws)[0]!.value as { start: number; end: number };
    const delta = timeAtClientX(view, drop[0]) - timeAtClientX(view, grab[0]);
    expect(moved.start).to.be.closeTo(before.start + delta, 1e-9);
    expect(moved.end - moved.start).to.be.closeTo(before.end - before.start, 1e-9);
    expect(changes).to.have.length(2);

    ws.undo();
    expect(resultOf(ws)[0]!.value).to.deep.equal(before);
    ws.undo();
    expect(resultOf(ws)).to.deep.equal([segment('s1', 1, 2)]);

    await clickAt(ws, pointAt(view, 1.5));
    await sendKeys({ press: 'Delete' });
    await settle(ws);
    expect(resultOf(ws)).to.deep.equal([]);
    expect(seen.change.at(-1)).to.deep.equal({ id: 's1', items: [] });
  });

  it('overlapping segments sit in lanes: each is clicked in its own band', async () => {
    const task = {
      data: { url: url() },
      annotations: [{ id: 'a1', result: [segment('top', 1, 2.5), segment('low', 2, 3, ['Voice'])] }],
    };
    const { ws, view } = await mountAudio(config(), task, { annotationId: 'a1' });
    let selected: readonly string[] = [];
    ws.addEventListener('label-selection-change', (e) => (selected = e.detail.selected));
    await clickAt(ws, pointAt(view, 2.25, 0.25));
    expect(selected).to.deep.equal(['top']);
    await clickAt(ws, pointAt(view, 2.25, 0.75));
    expect(selected).to.deep.equal(['low']);
  });

  it('[ and ] mark in and out points at the playhead: a new segment, then the selected one’s edges', async () => {
    const { ws, view } = await mountAudio(config(), { data: { url: url() } });
    await clickOn(ws, labelButton(ws, 'Beat'));
    await clickAt(ws, pointAt(view, 0.5, 0.05)); // seek to 0.5 s, focus the waveform
    const t0 = view.currentTime;
    await sendKeys({ press: '[' });
    await sendKeys({ press: 'ArrowRight' });
    const t1 = view.currentTime;
    await sendKeys({ press: ']' });
    await settle(ws);
    const [created] = resultOf(ws);
    expect(t1).to.be.closeTo(t0 + 1, 1e-9);
    expect(created!.value).to.deep.equal({ start: t0, end: t1, channel: 0, labels: ['Beat'] });
    // the new segment is selected: ] now moves its end, [ its start
    await sendKeys({ press: 'ArrowRight' });
    const t2 = view.currentTime;
    await sendKeys({ press: ']' });
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: '[' });
    await settle(ws);
    expect(resultOf(ws)[0]!.value).to.deep.equal({ start: 0, end: t2, channel: 0, labels: ['Beat'] });
    expect(resultOf(ws)).to.have.length(1);
  });

  it('relabels the selected segment from the palette (and a label hotkey)', async () => {
    const task = { data: { url: url() }, annotations: [{ id: 'a1', result: [segment('s1', 1, 2)] }] };
    const { ws, view } = await mountAudio(config(), task, { annotationId: 'a1' });
    await clickAt(ws, pointAt(view, 1.5));
    await clickOn(ws, labelButton(ws, 'Voice'));
    expect(resultOf(ws)[0]!.value).to.deep.equal({ start: 1, end: 2, channel: 0, labels: ['Voice'] });
    waveArea(view).focus();
    await sendKeys({ press: '1' }); // Beat's automatic hotkey
    await settle(ws);
    expect((resultOf(ws)[0]!.value as { labels: string[] }).labels).to.deep.equal(['Beat']);
  });

  it('Shift+Space loops the selected segment', async () => {
    const task = { data: { url: url() }, annotations: [{ id: 'a1', result: [segment('s1', 1, 1.25)] }] };
    const { ws, view } = await mountAudio(config(), task, { annotationId: 'a1' });
    await clickAt(ws, pointAt(view, 1.1));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: ' ' });
    await sendKeys({ up: 'Shift' });
    const times: number[] = [];
    // wait for the clock to wrap back to the segment's start at least once
    for (let i = 0; i < 600 && !times.some((t, k) => k > 0 && t < times[k - 1]!); i++) {
      await frames(1);
      times.push(view.currentTime);
    }
    view.pause();
    const wrapped = times.findIndex((t, k) => k > 0 && t < times[k - 1]!);
    expect(wrapped, 'the loop came back to the start').to.be.above(0);
    expect(Math.min(...times)).to.be.at.least(1);
    // a frame (~16 ms) can pass the end before the wrap
    expect(Math.max(...times)).to.be.below(1.25 + 0.05);
  });

  it('read-only: a drag creates nothing, a click still selects', async () => {
    const task = { data: { url: url() }, annotations: [{ id: 'a1', result: [segment('s1', 1, 2)] }] };
    const { ws, view } = await mountAudio(config(), task, { annotationId: 'a1' });
    ws.readonly = true;
    await settle(ws);
    const changes = recordChanges(ws);
    await drag(ws, pointAt(view, 2.5), pointAt(view, 3.5));
    await drag(ws, pointAt(view, 2), pointAt(view, 3));
    await sendKeys({ press: 'Delete' });
    expect(changes).to.deep.equal([]);
    expect(ws.getAnnotation().result).to.deep.equal([segment('s1', 1, 2)]);
  });
});

describe('<label-audio-view>: splitChannels', () => {
  // stereo: the tone is only in the right channel (1), from 1 s to 2 s
  const stereo = () =>
    wavUrl({
      sampleRate: 8000,
      seconds: 4,
      channels: 2,
      tones: [{ start: 1, end: 2, frequency: 440, channel: 1 }],
    });

  it('draws each channel in its own band and writes the channel a segment is drawn on', async () => {
    const { ws, view } = await mountAudio(config('splitChannels="true" height="60"'), {
      data: { url: stereo() },
    });
    await view.peaksComplete;
    await frames(2);
    expect(waveArea(view).clientHeight).to.equal(120 + OVERVIEW_HEIGHT);
    const pixels = readCanvas(view);
    const x = Math.round(waveArea(view).clientWidth * 0.375); // 1.5 s
    const waveIn = (y0: number, y1: number) => {
      let n = 0;
      for (let y = y0; y < y1; y++) if (near(pixels.at(x, y), WAVE_RGB)) n++;
      return n;
    };
    expect(waveIn(0, 60), 'left channel: silence').to.be.at.most(2);
    expect(waveIn(60, 120), 'right channel: the tone').to.be.above(30);

    await clickOn(ws, labelButton(ws, 'Beat'));
    await drag(ws, pointAt(view, 1, 0.75), pointAt(view, 2, 0.75));
    expect((resultOf(ws)[0]!.value as { channel: number }).channel).to.equal(1);
    await drag(ws, pointAt(view, 2.5, 0.25), pointAt(view, 3, 0.25));
    expect((resultOf(ws)[1]!.value as { channel: number }).channel).to.equal(0);
  });

  it('without splitChannels, the channels are merged into one envelope', async () => {
    const { view } = await mountAudio(config('height="60"'), { data: { url: stereo() } });
    await view.peaksComplete;
    await frames(2);
    expect(waveArea(view).clientHeight).to.equal(60 + OVERVIEW_HEIGHT);
    expect(waveExtent(view, Math.round(waveArea(view).clientWidth * 0.375))).to.be.above(30);
  });
});
