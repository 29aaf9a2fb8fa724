import type { ComponentProps } from 'react';
import NutSwitch from '@nutui/nutui-react-taro/dist/es/packages/switch/index';

/**
 * NutUI's switch writes `aria-role="switch"`, which is no ARIA attribute: screen readers never
 * hear a switch, and its aria-checked is invalid on a plain element. The real `role` (and a place
 * in the tab order) go on the same element instead; NutUI spreads the extra props after its own.
 */
export function Switch(props: ComponentProps<typeof NutSwitch>) {
  const fixes = { ariaRole: undefined, role: 'switch', tabIndex: 0 } as object;
  return <NutSwitch {...props} {...fixes} />;
}
