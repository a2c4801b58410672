/** `<label-text-view>` (the `<Text>` object) in the states a user meets, through a real
 *  `<label-workspace>`. */
import type { Meta } from '@storybook/web-components-vite';
import { workspaceMeta, type WorkspaceArgs, type WorkspaceStory } from '../support/workspace-story.js';

export default { title: 'Objects/Text', ...workspaceMeta } satisfies Meta<WorkspaceArgs>;

const text = (attrs = '') => `<View><Text name="text" value="$text" ${attrs}/></View>`;

/** A review, as plain text. */
export const Plain: WorkspaceStory = {
  args: {
    config: text(),
    task: {
      data: {
        text: "Not much to write about here, but it does exactly what it's supposed to. Filters out the pop sounds.",
      },
    },
  },
};

/** Line breaks, emoji, combining marks and right-to-left paragraphs are kept exactly. */
export const Multilingual: WorkspaceStory = {
  args: {
    config: text(),
    task: {
      data: {
        text: 'First line\r\nSecond line with emoji 👩‍👩‍👧 and café (e + ◌́: café)\n\nשלום עולם — a right-to-left paragraph\nمرحبا بالعالم',
      },
    },
  },
};

/** Markup in the data is shown as the characters it is, never run (bad-inputs S3). */
export const MarkupAsText: WorkspaceStory = {
  args: {
    config: text(),
    task: { data: { text: '<img src=x onerror=alert(1)>\n<script>alert(2)</script>\n<b>not bold</b>' } },
  },
};

/** `encoding="base64unicode"`: the data is decoded before it is shown. */
export const Base64: WorkspaceStory = {
  args: { config: text('encoding="base64unicode"'), task: { data: { text: 'Q2Fmw6kg4pyTIOaXpeacrA==' } } },
};

/** `valueType="url"` with an address that is not http(s): refused with a message, nothing fetched. */
export const RefusedUrl: WorkspaceStory = {
  args: { config: text('valueType="url"'), task: { data: { text: 'javascript:alert(1)' } } },
};

/** A long text (about 1 MB) stays real, selectable, searchable DOM text. */
export const Long: WorkspaceStory = {
  args: {
    config: text(),
    task: {
      data: {
        text: 'A fairly ordinary sentence of text, repeated to make a long document.\n'.repeat(15_000),
      },
    },
  },
};

/** A config `<Style>` that targets Label Studio's `.htx-text` class still applies. */
export const StyledByConfig: WorkspaceStory = {
  args: {
    config: `<View><Style>.htx-text { font-family: Georgia, serif; font-size: 1.2em; background: #fafaf5; padding: 1em; }</Style>
  <Text name="text" value="$text"/></View>`,
    task: { data: { text: 'Styled by the config, inside the shadow root only.' } },
  },
};
