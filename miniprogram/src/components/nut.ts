/**
 * The NutUI components this app uses, imported one by one from their own folders (with their
 * own CSS) instead of from the package root, so a build carries only these. Import NutUI from
 * here, never from '@nutui/nutui-react-taro' directly.
 */
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/cellgroup/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/form/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/formitem/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/input/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/switch/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/tabs/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/toast/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/virtuallist/style/css';

export { default as Button } from '@nutui/nutui-react-taro/dist/es/packages/button/index';
export { default as Cell } from '@nutui/nutui-react-taro/dist/es/packages/cell/index';
export { default as CellGroup } from '@nutui/nutui-react-taro/dist/es/packages/cellgroup/index';
export { default as Dialog } from '@nutui/nutui-react-taro/dist/es/packages/dialog/index';
export { default as Form } from '@nutui/nutui-react-taro/dist/es/packages/form/index';
export { default as Input } from '@nutui/nutui-react-taro/dist/es/packages/input/index';
export { Switch } from './blocks/AccessibleSwitch';
export { default as TabPane } from '@nutui/nutui-react-taro/dist/es/packages/tabpane/index';
export { default as Tabs } from '@nutui/nutui-react-taro/dist/es/packages/tabs/index';
export { default as TextArea } from '@nutui/nutui-react-taro/dist/es/packages/textarea/index';
export { default as Toast } from '@nutui/nutui-react-taro/dist/es/packages/toast/index';
export { default as VirtualList } from '@nutui/nutui-react-taro/dist/es/packages/virtuallist/index';
