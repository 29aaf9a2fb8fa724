export default definePageConfig({ navigationBarTitleText: '名单与时长' });
