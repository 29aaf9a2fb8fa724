export default definePageConfig({ navigationBarTitleText: '入户申请' });
