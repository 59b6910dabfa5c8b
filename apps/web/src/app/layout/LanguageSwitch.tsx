import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { put } from '../../api/client';
import { changeLang, type UiLang } from '../i18n';

/** 中文 / EN switch; remembered on the device and, when logged in, for the user. */
export function LanguageSwitch(props: { loggedIn: boolean }) {
  const { i18n, t } = useTranslation();
  return (
    <Segmented
      aria-label={t('app.language')}
      size="small"
      value={i18n.language === 'en' ? 'en' : 'zh-CN'}
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'EN', value: 'en' },
      ]}
      onChange={(v) => {
        const lang = v as UiLang;
        void changeLang(lang);
        if (props.loggedIn) void put('/api/auth/preferences', { locale: lang }).catch(() => undefined);
      }}
    />
  );
}
