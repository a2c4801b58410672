/** `<label-hypertext-view>` (the `<HyperText>` object) in the states a user meets, through a real
 *  `<label-workspace>`. */
import type { Meta } from '@storybook/web-components-vite';
import { workspaceMeta, type WorkspaceArgs, type WorkspaceStory } from '../support/workspace-story.js';

export default { title: 'Objects/HyperText', ...workspaceMeta } satisfies Meta<WorkspaceArgs>;

const bubble = (who: string, said: string, right: boolean) =>
  `<div style="clear: both"><div style="${right ? 'float: right; ' : ''}display: inline-block; border: 1px solid #d5f5e3; background-color: #eafaf1; border-radius: 5px; padding: 7px; margin: 10px 0;"><p><b>${who}</b>: ${said}</p></div></div>`;

const dialogue = `<div style="max-width: 750px">${[
  bubble('Jules', "No no, Mr. Wolfe, it's not like that. Your help is definitely appreciated.", true),
  bubble('Vincent', "Look, Mr. Wolfe, I respect you. I just don't like people barking orders at me.", true),
  bubble('The Wolf', "If I'm curt with you, it's because time is a factor.", false),
].join('')}</div>`;

/** The dialogue_analysis layout: inline styles kept, rendered inside the shadow root. */
export const Dialogue: WorkspaceStory = {
  args: {
    config: `<View>
  <HyperText name="dialog" value="$dialogs"/>
  <Header value="Rate last answer:"/>
  <Choices name="rating" choice="single-radio" toName="dialog" showInline="true">
    <Choice value="Bad answer"/><Choice value="Neutral answer"/><Choice value="Good answer"/>
  </Choices>
</View>`,
    task: { data: { dialogs: dialogue } },
  },
};

/** Hostile HTML (bad-inputs S4): scripts, frames, handlers, foreign images and CSS are dropped. */
export const Sanitised: WorkspaceStory = {
  args: {
    config: '<View><HyperText name="h" value="$html"/></View>',
    task: {
      data: {
        html: `<p>Text survives.</p><script>alert(1)</script><iframe srcdoc="<script>alert(2)</script>"></iframe>
<img src="https://attacker.example/beacon.gif" alt="(remote image removed)"><p onclick="alert(3)">Click: nothing happens.</p>
<a href="javascript:alert(4)">javascript: link (inert)</a>
<div style="background: url(https://attacker.example/bg.png); color: #b42318">Styled, without the remote background.</div>
<div style="position: fixed; inset: 0; background: rgba(255,0,0,.1)">A fixed overlay stays inside its box.</div>`,
      },
    },
  },
};

/** `clickableLinks="true"`: http(s) links open in a new tab; without it, links show their address only. */
export const ClickableLinks: WorkspaceStory = {
  args: {
    config: '<View><HyperText name="h" value="$html" clickableLinks="true"/></View>',
    task: {
      data: {
        html: '<p>Read <a href="https://developer.mozilla.org/">MDN</a> or <a href="mailto:team@example.com">write to us</a>.</p>',
      },
    },
  },
};
