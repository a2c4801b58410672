import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LSTask } from '../../../src/format/types.js';
import { wavUrl } from '../../support/wav.js';
import { deepQuery, loadFixture, settle } from '../workspace-fixture.js';
import { clickOn, control, press, the, type } from '../controls/real-input.js';
import { clickAt, drag, frames, mountAudio, near, pointAt, readCanvas, waveExtent } from './audio-support.js';

/** A fixture task with its remote MP3 replaced by a generated WAV (tests never reach the internet). */
function local(task: LSTask, seconds: number): LSTask {
  const copy = structuredClone(task);
  copy.data = {
    ...copy.data,
    url: wavUrl({
      sampleRate: 8000,
      seconds,
      tones: [{ start: 13, end: 28, frequency: 220, amplitude: 0.3 }],
    }),
  };
  return copy;
}

/** Background #fafbfc under a segment fill of `rgb` at 20 % (audio-renderer.ts). */
const tinted = (rgb: readonly number[]) =>
  [0xfa, 0xfb, 0xfc].map((bg, i) => Math.round(bg * 0.8 + rgb[i]! * 0.2));

describe('<label-audio-view> with the Label Studio audio fixtures', () => {
  it('audio_regions: its two segments are drawn in their label colours and the task round-trips unchanged', async () => {
    const { config, annotation } = await loadFixture('audio_regions');
    const task = local(annotation!, 62);
    const { ws, view } = await mountAudio(config, task, { annotationId: '1001' });
    await frames(2);
    const pixels = readCanvas(view);
    const xAt = (t: number) => Math.round(pointAt(view, t)[0] - view.canvas!.getBoundingClientRect().left);
    expect(near(pixels.at(xAt(20), 2), tinted([0x98, 0xc8, 0x4e]), 6), 'Beat (#98C84E) at 20 s').to.equal(
      true,
    );
    expect(
      near(pixels.at(xAt(57), 2), tinted([0x36, 0xb3, 0x7e]), 6),
      'Other (default colour) at 57 s',
    ).to.equal(true);
    expect(near(pixels.at(xAt(40), 2), [0xfa, 0xfb, 0xfc], 2), 'nothing at 40 s').to.equal(true);

    expect(ws.exportTask().annotations).to.deep.equal(task.annotations);
    // selecting a segment shows the per-region Number (View visibleWhen="region-selected")
    expect(deepQuery(ws, 'label-number[data-control="fragment"]')).to.equal(null);
    await clickAt(ws, pointAt(view, 20));
    expect(deepQuery(ws, 'label-number[data-control="fragment"]')).to.not.equal(null);
  });

  it('audio_regions: a legacy segment (no channel, no original_length) keeps its shape when resized', async () => {
    const { config, annotation } = await loadFixture('audio_regions');
    const task = local(annotation!, 62);
    const { ws, view } = await mountAudio(config, task, { annotationId: '1001' });
    await clickAt(ws, pointAt(view, 20));
    await drag(ws, pointAt(view, 28.50568583621215), pointAt(view, 32));
    const edited = ws.getAnnotation().result.find((r) => r.id === 'SsGrpVgy_C')!;
    expect(Object.keys(edited)).to.deep.equal(
      ['from_name', 'id', 'source', 'to_name', 'type', 'value', 'origin'].filter((k) => k in edited),
    );
    expect(Object.keys(edited.value!)).to.deep.equal(['end', 'labels', 'start']);
    expect((edited.value as { end: number }).end).to.be.closeTo(32, 62 / 800);
    expect((edited.value as { start: number }).start).to.equal(12.778410892095105);
  });

  it('audio_classification: the audio plays beside its Choices, and the prediction-less task round-trips', async () => {
    const { config, tasks } = await loadFixture('audio_classification');
    const task = local(tasks[1]!, 30);
    const { ws, view } = await mountAudio(config, task);
    expect(view.duration).to.equal(30);
    const business = [...the(ws, 'label-choices').shadowRoot!.querySelectorAll('label')].find((l) =>
      l.textContent!.includes('Business'),
    )!;
    await clickOn(ws, business);
    expect(ws.getAnnotation().result.map(({ id: _id, ...rest }) => rest)).to.deep.equal([
      {
        value: { choices: ['Business'] },
        from_name: 'label',
        to_name: 'audio',
        type: 'choices',
        origin: 'manual',
      },
    ]);
  });

  it('transcribe_audio: the whole-file transcription is typed beside the waveform', async () => {
    const { config, tasks } = await loadFixture('transcribe_audio');
    const { ws } = await mountAudio(config, local(tasks[0]!, 30));
    control(ws, 'label-textarea', 'answer').focus();
    // transcription="true": the text is the result as it is typed, no submit step
    await type(ws, 'hello there');
    const item = ws.getAnnotation().result.find((r) => r.type === 'textarea')!;
    expect(item).to.deep.include({ from_name: 'answer', to_name: 'audio', value: { text: ['hello there'] } });
  });

  it('per-segment transcription: draw a segment, type into its TextArea, the text item repeats start/end/channel', async () => {
    const config = `<View>
      <Labels name="labels" toName="audio"><Label value="Speech"/><Label value="Noise"/></Labels>
      <Audio name="audio" value="$url"/>
      <TextArea name="transcription" toName="audio" rows="2" editable="true" perRegion="true"/>
    </View>`;
    const { ws, view } = await mountAudio(config, {
      data: { url: wavUrl({ sampleRate: 8000, seconds: 10 }) },
    });
    await clickOn(ws, [...the(ws, 'label-labels').shadowRoot!.querySelectorAll('button')][0]!);
    await drag(ws, pointAt(view, 2), pointAt(view, 5));
    const segmentItem = ws.getAnnotation().result[0]!;
    // the new segment is selected, so its transcription box is there
    control(ws, 'label-textarea', 'transcription').focus();
    await type(ws, 'good morning');
    await press(ws, 'Enter');
    const [, text] = ws.getAnnotation().result;
    expect(text).to.deep.equal({
      original_length: 10,
      value: {
        ...(({ labels: _l, ...geometry }) => geometry)(segmentItem.value as Record<string, unknown>),
        text: ['good morning'],
      },
      id: segmentItem.id,
      from_name: 'transcription',
      to_name: 'audio',
      type: 'textarea',
      origin: 'manual',
    });
    expect(Object.keys(text!.value!)).to.deep.equal(['start', 'end', 'channel', 'text']);
    // Escape on the waveform deselects: the per-segment box goes away
    the(ws, 'label-audio-view').shadowRoot!.querySelector<HTMLElement>('.wave')!.focus();
    await sendKeys({ press: 'Escape' });
    await settle(ws);
    expect(deepQuery(ws, 'label-textarea[data-control="transcription"] [part="input"]')).to.equal(null);
  });

  it('the demo sample (examples/samples/audio-segments) loads: a 10 s WAV with sound where its chirps are', async () => {
    const base = new URL('/examples/samples/audio-segments/', location.href);
    const config = await (await fetch(new URL('config.xml', base))).text();
    const task = (await (await fetch(new URL('task.json', base))).json()) as LSTask;
    // the demo page resolves the task's relative address against /examples/
    const url = new URL(String(task.data.url), new URL('/examples/', location.href)).href;
    let configErrors = 0;
    document.addEventListener('label-config-error', () => configErrors++, { once: true });
    const { view } = await mountAudio(config, { ...task, data: { url } });
    await view.peaksComplete;
    expect(configErrors).to.equal(0);
    expect(view.duration).to.equal(10);
    const width = view.canvas!.clientWidth;
    expect(waveExtent(view, Math.round(width * 0.13)), 'first word at 1.3 s').to.be.above(10);
    expect(waveExtent(view, Math.round(width * 0.48)), 'silence at 4.8 s').to.be.at.most(2);
  });
});
