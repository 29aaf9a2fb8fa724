export default definePageConfig({ navigationBarTitleText: '隐私数据查看记录' });
