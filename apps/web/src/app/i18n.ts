import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import en from '../locales/en';
import zhCN from '../locales/zh-CN';

export type UiLang = 'zh-CN' | 'en';
const KEY = 'huahe.lang';

/** The language to start with: the one remembered on this device, else Chinese. */
export function initialLang(): UiLang {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/** Switches the interface language and remembers it on this device. */
export async function changeLang(lang: UiLang): Promise<void> {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  document.documentElement.lang = lang;
  await i18n.changeLanguage(lang);
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: initialLang(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});

export default i18n;

/** The interface language as the contracts name it ('zh-CN' or 'en'). */
export function useLang(): UiLang {
  const { i18n: instance } = useTranslation();
  return instance.language === 'en' ? 'en' : 'zh-CN';
}
