import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import './global.css';
import './i18n';
import { router } from './router';

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false, retry: 1 } },
});

/** Providers: data cache, Ant Design theme and locale (following the interface language), router. */
export function App() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  dayjs.locale(en ? 'en' : 'zh-cn');
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider
        locale={en ? enUS : zhCN}
        theme={{ token: { colorPrimary: '#1677ff', borderRadius: 6 } }}
      >
        <AntApp>
          <RouterProvider router={router} />
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
