import { expect } from '@open-wc/testing';
import { deepQuery, mountWorkspace } from '../workspace-fixture.js';

/**
 * bad-inputs S17: sanitised HTML still renders on a page that enforces Trusted Types and allows only
 * the `lit-html` and `label-workspace` policies. (A page keeps a CSP once it has one, so this file
 * runs alone in its own page.)
 */
describe('sanitised HTML under a Trusted Types CSP', () => {
  it('renders HyperText and List html with no violation', async () => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "require-trusted-types-for 'script'; trusted-types lit-html label-workspace";
    document.head.append(meta);
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(`${e.violatedDirective}: ${e.sample}`),
    );
    // the probe: a raw string into an HTML sink must now be refused (and reported)
    expect(() => new DOMParser().parseFromString('<b>x</b>', 'text/html')).to.throw();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations).to.have.length(1);
    violations.length = 0;

    const ws = await mountWorkspace(
      '<View><HyperText name="h" value="$html"/><List name="l" value="$items"/></View>',
      {
        data: {
          html: '<p>Hi <b>there</b><script>window.__ttPwned = 1</script></p>',
          items: [{ id: 'a', title: 'A', html: '<i>it</i>' }],
        },
      },
    );
    const hypertext = deepQuery(ws, 'label-hypertext-view')!.shadowRoot!;
    expect(hypertext.querySelector('b')?.textContent).to.equal('there');
    expect(hypertext.querySelector('script')).to.equal(null);
    expect(deepQuery(ws, 'label-list-view')!.shadowRoot!.querySelector('i')?.textContent).to.equal('it');
    expect((window as unknown as { __ttPwned?: number }).__ttPwned).to.equal(undefined);
    expect(violations).to.deep.equal([]);
  });
});
