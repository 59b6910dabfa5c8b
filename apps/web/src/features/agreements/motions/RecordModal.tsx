import type { AgreementView, GovernanceEvent } from '@huahe/contracts';
import { App, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { applyFieldErrors } from '../../../components/forms';
import { useGovernanceWrites } from '../api';

/** Records events in order for a form: success closes it, the server's field errors land on its fields. */
export function useRecordEvents(view: AgreementView, form: FormInstance, onDone: () => void) {
  const { message } = App.useApp();
  const w = useGovernanceWrites(view.consortiumId, view.id);
  const save = async (events: GovernanceEvent[], done: string) => {
    try {
      for (const e of events) await w.record.mutateAsync(e);
      message.success(done);
      onDone();
    } catch (err) {
      applyFieldErrors(form, err, message, 'body.event.');
    }
  };
  return { save, pending: w.record.isPending };
}

/** The dialog of a secretariat's record form: OK submits the form. */
export function RecordModal(props: {
  title: ReactNode;
  okText: string;
  width: number;
  form: FormInstance;
  pending: boolean;
  testId: string;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Modal
      open
      width={props.width}
      title={props.title}
      okText={props.okText}
      onOk={() => props.form.submit()}
      onCancel={props.onClose}
      confirmLoading={props.pending}
      okButtonProps={{ ...({ 'data-testid': props.testId } as object) }}
      destroyOnHidden
    >
      {props.children}
    </Modal>
  );
}
