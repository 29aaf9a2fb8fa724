/**
 * ECharts with only what the dashboard draws (line and bar charts on a grid, with tooltip and
 * legend, on canvas): the full library would triple the subpackage.
 */
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
// Each part from its own installer, not the 'echarts/charts' and 'echarts/components' barrels:
// the build compiles the barrels to modules it cannot prune, which pulled every chart in.
import { install as BarChart } from 'echarts/lib/chart/bar/install';
import { install as LineChart } from 'echarts/lib/chart/line/install';
import { install as GridComponent } from 'echarts/lib/component/grid/installSimple';
import { install as LegendComponent } from 'echarts/lib/component/legend/installLegendPlain';
import { install as TooltipComponent } from 'echarts/lib/component/tooltip/install';
import { install as CanvasRenderer } from 'echarts/lib/renderer/installCanvasRenderer';

echarts.use([LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export type ChartOption = echarts.ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

export { echarts };
