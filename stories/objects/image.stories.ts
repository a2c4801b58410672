/** `<label-image-view>` (the `<Image>` object with rectangles and polygons) in the states a user meets, through a
 *  real `<label-workspace>`. The picture is drawn on a canvas here: no story reaches the network. */
import type { Meta } from '@storybook/web-components-vite';
import type { LSResult } from '../../src/format/types.js';
import { workspaceMeta, type WorkspaceArgs, type WorkspaceStory } from '../support/workspace-story.js';

export default { title: 'Objects/Image', ...workspaceMeta } satisfies Meta<WorkspaceArgs>;

/** A 600×400 scene (sky, field, sun, two houses) as a PNG data: URL. */
function scene(): string {
  const canvas = document.createElement('canvas');
  canvas.width = 600;
  canvas.height = 400;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#9cc9ef';
  ctx.fillRect(0, 0, 600, 260);
  ctx.fillStyle = '#6aa84f';
  ctx.fillRect(0, 260, 600, 140);
  ctx.fillStyle = '#f6c342';
  ctx.beginPath();
  ctx.arc(500, 80, 40, 0, Math.PI * 2);
  ctx.fill();
  for (const [x, colour] of [
    [80, '#b45f06'],
    [300, '#990000'],
  ] as const) {
    ctx.fillStyle = colour;
    ctx.fillRect(x, 180, 140, 110);
    ctx.fillStyle = '#444';
    ctx.beginPath();
    ctx.moveTo(x - 10, 180);
    ctx.lineTo(x + 70, 120);
    ctx.lineTo(x + 150, 180);
    ctx.fill();
  }
  return canvas.toDataURL('image/png');
}

const image = scene();

const config = `<View>
  <Image name="img" value="$image"/>
  <RectangleLabels name="tag" toName="img">
    <Label value="House" background="#e69138"/>
    <Label value="Sun" background="#f1c232"/>
    <Label value="Door" background="blue"/>
  </RectangleLabels>
</View>`;

function box(
  id: string,
  x: number,
  y: number,
  width: number,
  height: number,
  label: string,
  rotation = 0,
): LSResult {
  return {
    original_width: 600,
    original_height: 400,
    image_rotation: 0,
    value: { x, y, width, height, rotation, rectanglelabels: [label] },
    id,
    from_name: 'tag',
    to_name: 'img',
    type: 'rectanglelabels',
    origin: 'manual',
  };
}

const boxes = [
  box('house1', 11.5, 29, 26, 44, 'House'),
  box('house2', 48.5, 29, 26, 44, 'House'),
  box('sun', 76.5, 10, 13.5, 20, 'Sun', 15),
];

/** Boxes from an annotation, in their labels' colours (one rotated). Click one to select it, drag to
 *  move, pull a handle to resize; arrows nudge, Delete removes, Tab goes through them. */
export const Boxes: WorkspaceStory = {
  args: {
    config,
    task: { id: 1, data: { image }, annotations: [{ id: 1, result: boxes }] },
    annotationId: 1,
  },
};

/** A new annotation: choose a label, then drag on the image to draw a box. */
export const Drawing: WorkspaceStory = {
  args: { config, task: { id: 2, data: { image } } },
};

/** Label Studio's split form: a bare `Rectangle` tool (a toolbar button) plus a `Labels` palette. */
export const SplitTools: WorkspaceStory = {
  args: {
    config: `<View>
      <Image name="img" value="$image"/>
      <Rectangle name="rect" toName="img" strokeWidth="3"/>
      <Labels name="kind" toName="img"><Label value="Building" background="purple"/></Labels>
    </View>`,
    task: { id: 3, data: { image } },
  },
};

/** Polygons: choose "Roof", click the corners, click the first one again (or press Enter) to close;
 *  Escape drops the polygon being drawn. The existing roof can be selected, moved and deleted. */
export const Polygons: WorkspaceStory = {
  args: {
    config: `<View>
      <Image name="img" value="$image"/>
      <PolygonLabels name="shape" toName="img" strokeWidth="2"><Label value="Roof" background="#674ea7"/></PolygonLabels>
    </View>`,
    task: {
      id: 7,
      data: { image },
      annotations: [
        {
          id: 1,
          result: [
            {
              original_width: 600,
              original_height: 400,
              image_rotation: 0,
              value: {
                points: [
                  [11.7, 45],
                  [25, 30],
                  [38.3, 45],
                ],
                closed: true,
                polygonlabels: ['Roof'],
              },
              id: 'roof1',
              from_name: 'shape',
              to_name: 'img',
              type: 'polygonlabels',
              origin: 'manual',
            },
          ],
        },
      ],
    },
    annotationId: 1,
  },
};

/** Read-only: boxes can be selected and the image zoomed, nothing edited. */
export const ReadOnly: WorkspaceStory = {
  args: { ...Boxes.args, readonly: true },
};

/** `zoom="false"`: no zoom buttons, the wheel scrolls the page. */
export const NoZoom: WorkspaceStory = {
  args: {
    config: config.replace(
      '<Image name="img" value="$image"/>',
      '<Image name="img" value="$image" zoom="false"/>',
    ),
    task: { id: 4, data: { image } },
  },
};

/** An image that cannot be decoded (a PNG address holding no PNG): `label-load-error` and a message
 *  built from text. (A missing file gives the same, with the server's status in the message.) */
export const BrokenImage: WorkspaceStory = {
  args: {
    config,
    task: { id: 5, data: { image: 'data:image/png;base64,PGltZyBzcmM9eCBvbmVycm9yPWFsZXJ0KDEpPg==' } },
  },
};

/** A `javascript:` address is refused before anything is fetched (bad-inputs S7). */
export const RefusedUrl: WorkspaceStory = {
  args: { config, task: { id: 6, data: { image: 'javascript:alert(1)' } } },
};
