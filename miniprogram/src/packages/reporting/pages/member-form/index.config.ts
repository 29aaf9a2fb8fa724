export default definePageConfig({ navigationBarTitleText: '填写双报到' });
