// echarts ships no typings for its per-part installers (echarts/lib/**/install*.js); each exports
// one `install` function that echarts.use() accepts.
declare module 'echarts/lib/*' {
  export const install: import('echarts/core').EChartsExtensionInstaller;
}
