// Form fields shared by the demand and offer forms.
import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganisationSelect } from '../../components/RecordSelect';

/** TRL 1–9 as select options. */
export const TRL_OPTIONS = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ value: n, label: `TRL ${n}` }));

/**
 * Whose listing it is: the caller's own organisations when it has several, else any organisation
 * (the server decides whether the caller may post for it).
 */
export function ListingOwnerItem(props: {
  label: string;
  own: readonly { id: string; name: string }[];
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="organisationId"
      label={props.label}
      rules={[{ required: true, message: t('validation.required') }]}
    >
      {props.own.length > 1 ? (
        <Select options={props.own.map((o) => ({ value: o.id, label: o.name }))} />
      ) : (
        <OrganisationSelect testId={props.testId} />
      )}
    </Form.Item>
  );
}

/** Free tags, separated by commas or 、 as people type them. */
export function ListingTagsItem() {
  const { t } = useTranslation();
  return (
    <Form.Item name="tags" label={t('matching.tags')} extra={t('matching.tagsHint')}>
      <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} maxCount={20} />
    </Form.Item>
  );
}
