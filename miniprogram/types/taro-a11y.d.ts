// Taro's H5 components pass tabIndex through to the element (the mini-program ignores it), but its
// types leave it out: a View acting as a button or tab needs it to be reachable by keyboard.
import '@tarojs/components/types/common';

declare module '@tarojs/components/types/common' {
  interface StandardProps {
    tabIndex?: number;
  }
}
