import type { Organisation, OrganisationInput } from '@huahe/contracts';
import { Alert, App, Button, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { applyFieldErrors, blankToNull } from '../../components/forms';
import { useOrganisationWrites } from './api';
import { OrganisationFields } from './OrganisationFields';

const saveTestId = { 'data-testid': 'organisation-save' };

type Values = Required<Pick<OrganisationInput, 'nameZh' | 'kind'>> & Partial<OrganisationInput>;

const editable = (o: Organisation): Values => ({
  nameZh: o.nameZh,
  nameEn: o.nameEn,
  shortName: o.shortName,
  uscc: o.uscc,
  kind: o.kind,
  regionCode: o.regionCode,
  industryCode: o.industryCode,
  qualifications: o.qualifications as OrganisationInput['qualifications'],
  isSme: o.isSme,
  profileTags: o.profileTags,
  profileZh: o.profileZh,
  profileEn: o.profileEn,
  website: o.website,
  address: o.address,
  legalRepresentative: o.legalRepresentative,
});

/** The form's values as the API takes them: trimmed, empty text as null, lists never absent. */
function normalise(raw: Values): OrganisationInput {
  const { qualifications, profileTags, isSme, kind, ...text } = raw;
  return {
    ...blankToNull(text),
    kind,
    isSme: !!isSme,
    qualifications: qualifications ?? [],
    profileTags: profileTags ?? [],
  };
}

/** Only the fields that changed, so an edit never rewrites what the user did not touch. */
function changes(before: OrganisationInput, after: OrganisationInput): Partial<OrganisationInput> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(after))
    if (JSON.stringify(v) !== JSON.stringify((before as Record<string, unknown>)[k])) out[k] = v;
  return out;
}

/**
 * Creates an organisation, or edits one from the version shown; when someone else saved first
 * (409 stale_version) the user is told to reload rather than overwrite their change.
 */
export function OrganisationFormModal(props: {
  organisation?: Organisation;
  onClose: () => void;
  onSaved?: (o: Organisation) => void;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const writes = useOrganisationWrites(props.organisation?.id);
  const [stale, setStale] = useState(false);
  const o = props.organisation;
  const pending = writes.create.isPending || writes.update.isPending;

  const submit = async (raw: Values) => {
    const values = normalise(raw);
    try {
      const saved = o
        ? await writes.update.mutateAsync({ ...changes(normalise(editable(o)), values), version: o.version })
        : await writes.create.mutateAsync(values);
      message.success(t('common.saved'));
      props.onSaved?.(saved);
      props.onClose();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'stale_version') setStale(true);
      else applyFieldErrors(form, err, message);
    }
  };

  return (
    <Modal
      open
      width={820}
      title={o ? t('organisations.editTitle', { name: o.nameZh }) : t('organisations.create')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okButtonProps={{ disabled: stale, ...saveTestId }}
      confirmLoading={pending}
      destroyOnHidden
      footer={(_, { OkBtn, CancelBtn }) => (
        <>
          {stale && (
            <Alert
              type="warning"
              showIcon
              role="alert"
              style={{ marginBottom: 12, textAlign: 'start' }}
              title={t('organisations.stale')}
              action={
                <Button
                  size="small"
                  onClick={() => {
                    props.onReload?.();
                    props.onClose();
                  }}
                >
                  {t('common.reload')}
                </Button>
              }
            />
          )}
          <CancelBtn />
          <OkBtn />
        </>
      )}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="organisation"
        initialValues={
          o ? editable(o) : { kind: 'enterprise', isSme: false, qualifications: [], profileTags: [] }
        }
        onFinish={(v) => void submit(v)}
        scrollToFirstError
      >
        <OrganisationFields />
      </Form>
    </Modal>
  );
}
