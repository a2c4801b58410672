/** Named-entity spans on a `<Text>` (`<Labels>` + `<Text>`) in the states a user meets, through a
 *  real `<label-workspace>`. Choose a label (click or hotkey), then drag over text; or focus the
 *  text, select with Shift+arrows and press Enter. `]`/`[` move between spans, Delete removes one. */
import type { Meta } from '@storybook/web-components-vite';
import type { LSResult } from '../../src/format/types.js';
import { workspaceMeta, type WorkspaceArgs, type WorkspaceStory } from '../support/workspace-story.js';

export default { title: 'Objects/Text spans', ...workspaceMeta } satisfies Meta<WorkspaceArgs>;

const labels = `<Labels name="ner" toName="text">
    <Label value="Person" background="#e5484d"/>
    <Label value="Organization" background="#f5a524"/>
    <Label value="Location" background="#3e63dd"/>
    <Label value="Date" background="#30a46c"/>
  </Labels>`;
const ner = (textAttrs = '') => `<View>
  ${labels}
  <Text name="text" value="$text" ${textAttrs}/>
</View>`;

const STORY =
  'Comissaria Smith said on February 22 that Bahia cocoa arrivals in Salvador reached 155,221 bags, ' +
  'while Smith & Co. of New York expected a late temporao.';

/** Builds a Label Studio `labels` item for a span of `text` (offsets in code points). */
function span(id: string, text: string, word: string, label: string, occurrence = 0): LSResult {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(word, at + 1);
  const start = [...text.slice(0, at)].length;
  return {
    id,
    from_name: 'ner',
    to_name: 'text',
    type: 'labels',
    value: { start, end: start + [...word].length, text: word, labels: [label] },
  };
}

/** Nothing labelled yet: choose a label, then select text. */
export const ReadyToLabel: WorkspaceStory = {
  args: { config: ner(), task: { data: { text: STORY } } },
};

/** Overlapping and nested spans: overlaps are painted darker; a click picks the innermost. */
export const OverlappingAndNested: WorkspaceStory = {
  args: {
    config: ner(),
    annotationId: 1,
    task: {
      data: { text: STORY },
      annotations: [
        {
          id: 1,
          result: [
            span('org', STORY, 'Smith & Co. of New York', 'Organization'),
            span('city', STORY, 'New York', 'Location'),
            span('who', STORY, 'Comissaria Smith', 'Person'),
            span('smith', STORY, 'Smith', 'Person'),
            span('date', STORY, 'February 22', 'Date'),
          ],
        },
      ],
    },
  },
};

/** Relations between spans (`<Relations>`): arrows over the text, the panel below to link (select a
 *  span, press Link or Alt+R, then select the target), turn direction, label and delete. */
export const WithRelations: WorkspaceStory = {
  args: {
    config: `<View>
  ${labels}
  <Text name="text" value="$text"/>
  <Relations><Relation value="works for"/><Relation value="located in"/></Relations>
</View>`,
    annotationId: 1,
    task: {
      data: { text: STORY },
      annotations: [
        {
          id: 1,
          result: [
            span('who', STORY, 'Comissaria Smith', 'Person'),
            span('org', STORY, 'Smith & Co.', 'Organization'),
            span('city', STORY, 'New York', 'Location'),
            span('bahia', STORY, 'Bahia', 'Location'),
            { from_id: 'org', to_id: 'city', type: 'relation', direction: 'right', labels: ['located in'] },
            { from_id: 'who', to_id: 'bahia', type: 'relation', direction: 'bi', labels: [] },
          ],
        },
      ],
    },
  },
};

/** `showLabels="true"`: a small tag names the label(s) at the start of each span on screen. */
export const WithLabelTags: WorkspaceStory = {
  args: { ...OverlappingAndNested.args, config: ner('showLabels="true"') },
};

/** `granularity="word"`: a selection snaps to whole words. */
export const WordGranularity: WorkspaceStory = {
  args: { config: ner('granularity="word"'), task: { data: { text: STORY } } },
};

const UNICODE = 'Family 👩‍👩‍👧 met José (Jose\u0301) in Zürich\r\nשלום עולם — Tel Aviv\nمرحبا — Cairo';

/** Emoji, combining marks, CRLF and right-to-left lines: offsets are code points into the raw string. */
export const Unicode: WorkspaceStory = {
  args: {
    config: ner(),
    annotationId: 1,
    task: {
      data: { text: UNICODE },
      annotations: [
        {
          id: 1,
          result: [
            span('p', UNICODE, 'José', 'Person'),
            span('c', UNICODE, 'Zürich', 'Location'),
            span('t', UNICODE, 'Tel Aviv', 'Location'),
            span('h', UNICODE, 'שלום', 'Person'),
          ],
        },
      ],
    },
  },
};

/** Read-only: spans can be visited and selected, not made or changed. */
export const Readonly: WorkspaceStory = {
  args: { ...OverlappingAndNested.args, readonly: true },
};

const LINE =
  'On March 3 the board of Acme Corp met in Geneva with Maria Rossi and discussed the merger with Initech.\n';
const LONG = LINE.repeat(Math.ceil(1_000_000 / LINE.length));

/** About 1 MB of text with 5,000 spans: one text node, one highlight per colour and level. */
export const MegabyteWith5000Spans: WorkspaceStory = {
  args: {
    config: ner(),
    annotationId: 1,
    task: {
      data: { text: LONG },
      annotations: [
        {
          id: 1,
          result: Array.from({ length: 5000 }, (_, i): LSResult => {
            const line = Math.floor((i * (LONG.length / LINE.length)) / 5000);
            const kind = i % 4;
            const [word, label] = (
              [
                ['Acme Corp', 'Organization'],
                ['Geneva', 'Location'],
                ['Maria Rossi', 'Person'],
                ['March 3', 'Date'],
              ] as const
            )[kind]!;
            const start = line * LINE.length + LINE.indexOf(word);
            return {
              id: `s${i}`,
              from_name: 'ner',
              to_name: 'text',
              type: 'labels',
              value: { start, end: start + word.length, text: word, labels: [label] },
            };
          }),
        },
      ],
    },
  },
};
