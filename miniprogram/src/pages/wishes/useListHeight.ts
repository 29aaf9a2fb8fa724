import Taro from '@tarojs/taro';
import { useEffect, useState, type DependencyList } from 'react';

/** On H5 the tab bar is drawn over the bottom of the window; in the mini-program the window ends above it. */
const H5_TAB_BAR = 50;

/**
 * The height left for a list from its top to the bottom of the window, measured after the
 * content above it (whose height `deps` describe) has rendered. A virtual list needs a fixed
 * height to scroll in, and the page itself then never scrolls.
 */
export function useListHeight(id: string, deps: DependencyList): number {
  const [height, setHeight] = useState(0);
  useEffect(() => {
    const timer = setTimeout(() => {
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .boundingClientRect((rect) => {
          const top = Array.isArray(rect) ? rect[0]?.top : rect?.top;
          if (top === undefined) return;
          const bottom = Taro.getWindowInfo().windowHeight - (process.env.TARO_ENV === 'h5' ? H5_TAB_BAR : 0);
          setHeight(Math.max(200, Math.floor(bottom - top)));
        })
        .exec();
    }, 50);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's deps describe the content above the list; its id is fixed
  }, deps);
  return height;
}
