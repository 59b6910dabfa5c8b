import { FileExcelOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import type { Consortium, ConsortiumMember } from '@huahe/contracts';
import { App, Button, Card, Segmented, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { download } from '../../api/client';
import { useLang } from '../../app/i18n';
import { ExportButton } from '../../components/ExportButton';
import { ImportModal } from '../../components/ImportModal';
import { useNarrow } from '../../components/useNarrow';
import { AddMemberModal } from './AddMemberModal';
import { consortiumSheets, useMemberWrites } from './api';
import { memberColumns } from './memberColumns';
import { EditMemberModal, EndMemberModal } from './MemberModals';

type Show = 'current' | 'past' | 'all';
const ROLE_ORDER = ['lead', 'core', 'member', 'supporting'];

/** Every membership spell with a current/past filter; managers add, edit, end, import and export. */
export function MembersCard(props: { consortium: Consortium; publicMode?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const c = props.consortium;
  const [show, setShow] = useState<Show>('current');
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [editing, setEditing] = useState<ConsortiumMember | null>(null);
  const [ending, setEnding] = useState<ConsortiumMember | null>(null);
  const writes = useMemberWrites(c.id);
  const narrow = useNarrow();
  const manage = c.canManage && !props.publicMode;
  const rows = c.members
    .filter((m) => (show === 'all' ? true : show === 'current' ? !m.leftOn : !!m.leftOn))
    .sort(
      (a, b) =>
        ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) ||
        a.joinedOn.localeCompare(b.joinedOn) ||
        a.organisation.nameZh.localeCompare(b.organisation.nameZh, 'zh-CN'),
    );
  const counts = {
    current: c.members.filter((m) => !m.leftOn).length,
    past: c.members.filter((m) => m.leftOn).length,
  };
  return (
    <Card
      title={t('consortia.members')}
      extra={
        !props.publicMode && (
          <Space wrap>
            {manage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setAdding(true)}
                data-testid="add-member"
              >
                {t('consortia.addMember')}
              </Button>
            )}
            {manage && (
              <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
                {t('import.button')}
              </Button>
            )}
            <ExportButton path={consortiumSheets.membersExport(c.id)} fileName="members.xlsx" />
            {manage && (
              <Button
                icon={<FileExcelOutlined />}
                onClick={() =>
                  void download(consortiumSheets.membersTemplate, 'members-template.xlsx').catch((e: Error) =>
                    message.error(e.message),
                  )
                }
              >
                {t('import.template')}
              </Button>
            )}
          </Space>
        )
      }
    >
      <Segmented<Show>
        style={{ marginBottom: 12 }}
        value={show}
        onChange={setShow}
        options={[
          { value: 'current', label: `${t('consortia.showCurrent')} (${counts.current})` },
          { value: 'past', label: `${t('consortia.showPast')} (${counts.past})` },
          { value: 'all', label: `${t('consortia.showAll')} (${c.members.length})` },
        ]}
      />
      <Table<ConsortiumMember>
        rowKey="id"
        size="middle"
        data-testid="member-table"
        dataSource={rows}
        scroll={{ x: 1080 }}
        pagination={rows.length > 50 ? { pageSize: 50 } : false}
        locale={{ emptyText: t('consortia.noMembers') }}
        columns={[
          ...memberColumns(t, lang, !!props.publicMode, narrow),
          ...(manage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 150,
                  fixed: narrow ? undefined : ('right' as const),
                  render: (_: unknown, m: ConsortiumMember) =>
                    m.leftOn ? null : (
                      <Space size={4}>
                        <Button size="small" onClick={() => setEditing(m)}>
                          {t('common.edit')}
                        </Button>
                        {m.role !== 'lead' && (
                          <Button size="small" danger onClick={() => setEnding(m)}>
                            {t('consortia.end')}
                          </Button>
                        )}
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      {adding && <AddMemberModal consortium={c} onClose={() => setAdding(false)} />}
      {editing && <EditMemberModal consortiumId={c.id} member={editing} onClose={() => setEditing(null)} />}
      {ending && <EndMemberModal consortiumId={c.id} member={ending} onClose={() => setEnding(null)} />}
      {importing && (
        <ImportModal
          title={t('consortia.importTitle')}
          templatePath={consortiumSheets.membersTemplate}
          templateName="members-template.xlsx"
          importPath={consortiumSheets.membersImport(c.id)}
          reportPath={consortiumSheets.membersReport(c.id)}
          reportName="members-errors.xlsx"
          onClose={() => setImporting(false)}
          onImported={writes.refresh}
        />
      )}
    </Card>
  );
}
