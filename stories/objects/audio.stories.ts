/** `<label-audio-view>` (the `<Audio>` object with labelled segments) in the states a user meets,
 *  through a real `<label-workspace>`. The audio is generated in the page (tones at known times, the
 *  same encoder the tests use): no story reaches the network. */
import type { Meta } from '@storybook/web-components-vite';
import type { LSResult } from '../../src/format/types.js';
import { wavUrl } from '../../test/support/wav.js';
import { workspaceMeta, type WorkspaceArgs, type WorkspaceStory } from '../support/workspace-story.js';

export default { title: 'Objects/Audio', ...workspaceMeta } satisfies Meta<WorkspaceArgs>;

/** 12 s at 8 kHz: a low hum, two "words" and a high beep, so segments have something to cover. */
const audio = wavUrl({
  sampleRate: 8000,
  seconds: 12,
  tones: [
    { start: 1, end: 3, frequency: 180, amplitude: 0.3 },
    { start: 4, end: 5.2, frequency: 420, amplitude: 0.8 },
    { start: 6, end: 7.5, frequency: 300, amplitude: 0.6 },
    { start: 9, end: 9.4, frequency: 1200, amplitude: 0.9 },
  ],
});

const labels = `<Labels name="label" toName="audio" choice="multiple">
    <Label value="Speech" background="#1f77b4"/>
    <Label value="Noise" background="#d62728"/>
    <Label value="Beep" background="#2ca02c"/>
  </Labels>`;

function segment(id: string, start: number, end: number, label: string): LSResult {
  return {
    original_length: 12,
    value: { start, end, channel: 0, labels: [label] },
    id,
    from_name: 'label',
    to_name: 'audio',
    type: 'labels',
    origin: 'manual',
  };
}

/** Choose a label, drag across the waveform: a segment. Click one to select it, drag its edges. */
export const Segments: WorkspaceStory = {
  args: {
    config: `<View>${labels}<Audio name="audio" value="$url"/></View>`,
    task: {
      data: { url: audio },
      annotations: [
        {
          id: 'a1',
          result: [
            segment('s1', 4, 5.2, 'Speech'),
            segment('s2', 6, 7.5, 'Speech'),
            segment('s3', 0.8, 6.5, 'Noise'),
          ],
        },
      ],
    },
    annotationId: 'a1',
  },
};

/** Label Studio's speech-recognition template: each segment gets its own transcription box when selected. */
export const TranscribeSegments: WorkspaceStory = {
  args: {
    config: `<View>${labels}<Audio name="audio" value="$url" height="120"/>
  <TextArea name="transcription" toName="audio" rows="2" editable="true" perRegion="true" placeholder="What is said in this segment?"/></View>`,
    task: { data: { url: audio } },
  },
};

/** `defaultZoom="8"`: opens zoomed in, with the scroll bar; + and − zoom down to single samples. */
export const Zoomed: WorkspaceStory = {
  args: {
    config: `<View>${labels}<Audio name="audio" value="$url" defaultZoom="8" cursorColor="#ff0000" cursorWidth="2"/></View>`,
    task: { data: { url: audio } },
  },
};

/** The whole file classified (audio_classification): no segments, just playback and Choices. */
export const Classification: WorkspaceStory = {
  args: {
    config: `<View><Audio name="audio" value="$url" speed="false"/>
  <Choices name="topic" toName="audio" choice="single-radio" showInline="true">
    <Choice value="Politics"/><Choice value="Business"/><Choice value="Education"/><Choice value="Other"/>
  </Choices></View>`,
    task: { data: { url: audio } },
  },
};

/** Read-only: segments can be selected and played, not changed. */
export const ReadOnly: WorkspaceStory = {
  args: { ...Segments.args!, readonly: true },
};

/** An address that is not allowed (`javascript:`): refused with a message, nothing fetched (bad-inputs S7). */
export const RefusedUrl: WorkspaceStory = {
  args: {
    config: `<View><Audio name="audio" value="$url"/></View>`,
    task: { data: { url: 'javascript:alert(1)' } },
  },
};

/** A file that is not audio: `label-load-error` and a message instead of the waveform. */
export const Undecodable: WorkspaceStory = {
  args: {
    config: `<View><Audio name="audio" value="$url"/></View>`,
    task: { data: { url: URL.createObjectURL(new Blob(['not audio at all'], { type: 'audio/wav' })) } },
  },
};
