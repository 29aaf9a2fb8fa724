export default definePageConfig({ navigationBarTitleText: '填写单位报到' });
