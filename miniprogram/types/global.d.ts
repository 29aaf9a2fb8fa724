/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.scss';
declare module '*.css';

/** Origin of the API server for the mini-program build (defineConstants in config/index.ts). */
declare const API_BASE: string;

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production';
    /** The platform being built: this app ships 'weapp' and 'h5'. */
    TARO_ENV: 'weapp' | 'h5';
  }
}
