import { CalendarOutlined, CheckOutlined } from '@ant-design/icons';
import type { DeadlineView } from '@huahe/contracts';
import { App, Badge, Button, Calendar, Card, Col, Empty, Flex, List, Row, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { download } from '../../api/client';
import { useLang } from '../../app/i18n';
import { formatInstant } from '../../components/format';
import { PageState } from '../../components/PageState';
import { useNarrow } from '../../components/useNarrow';
import { CALENDAR_PATH, useDeadlines, useNotificationWrites, useNotifications } from './api';

const DAY = 86_400_000;

/** Whole days from now until an instant (0 = within the next 24 hours). */
const daysLeft = (iso: string) => Math.max(0, Math.floor((Date.parse(iso) - Date.now()) / DAY));

/** The color of a deadline by urgency. */
const urgency = (iso: string) => (daysLeft(iso) <= 3 ? 'red' : daysLeft(iso) <= 14 ? 'orange' : 'blue');

/** /todo: the deadlines the agreements set for the caller, as a list and a calendar, and the notifications. */
export function TodoPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const narrow = useNarrow();
  const { message } = App.useApp();
  const deadlines = useDeadlines();
  const notifications = useNotifications(false);
  const { read, readAll } = useNotificationWrites();
  const [month, setMonth] = useState<Dayjs>(() => dayjs());
  const items = deadlines.data ?? [];
  const first = items[0]?.at;

  // With nothing due this month, the calendar opens on the month of the next deadline.
  useEffect(() => {
    if (first && !dayjs(first).isSame(dayjs(), 'month'))
      setMonth((m) => (m.isSame(dayjs(), 'day') ? dayjs(first) : m));
  }, [first]);
  const onDay = (d: Dayjs) => items.filter((x) => dayjs(x.at).isSame(d, 'day'));
  const pick = (b: { zh: string; en: string }) => (lang === 'en' ? b.en : b.zh);

  const ics = async () => {
    try {
      await download(CALENDAR_PATH, 'huahe.ics');
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };

  const item = (d: DeadlineView) => (
    <List.Item
      key={`${d.kind}-${d.at}-${d.link ?? ''}`}
      data-testid="deadline"
      data-kind={d.kind}
      actions={
        d.link
          ? [
              <Link key="open" to={d.link}>
                {t('todo.handle')}
              </Link>,
            ]
          : []
      }
    >
      <List.Item.Meta
        avatar={
          <Tag color={urgency(d.at)} style={{ minWidth: 64, textAlign: 'center' }}>
            {t('todo.daysLeft', { count: daysLeft(d.at) })}
          </Tag>
        }
        title={<span data-testid="deadline-title">{pick(d.title)}</span>}
        description={
          <Flex wrap gap={4} align="center">
            <Typography.Text type="secondary">{formatInstant(d.at)}</Typography.Text>
            {d.clauseRef && <Tag color="geekblue">{pick(d.clauseRef)}</Tag>}
            {d.consortiumName && <Typography.Text type="secondary">{d.consortiumName}</Typography.Text>}
          </Flex>
        }
      />
    </List.Item>
  );

  return (
    <Flex vertical gap={16} data-testid="todo-page">
      <Card>
        <Flex justify="space-between" wrap gap={8} align="center">
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('todo.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('todo.intro')}</Typography.Text>
          </div>
          <Button icon={<CalendarOutlined />} onClick={() => void ics()} data-testid="download-ics">
            {t('todo.calendarFile')}
          </Button>
        </Flex>
      </Card>
      {deadlines.isLoading || deadlines.error ? (
        <PageState
          loading={deadlines.isLoading}
          error={deadlines.error}
          onRetry={() => void deadlines.refetch()}
        />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={10}>
            <Card title={t('todo.deadlines', { count: items.length })} size="small">
              {items.length === 0 ? (
                <Empty description={t('todo.none')} />
              ) : (
                <List size="small" dataSource={items} renderItem={item} data-testid="deadline-list" />
              )}
            </Card>
          </Col>
          <Col xs={24} xl={14}>
            <Card title={t('todo.calendar')} size="small" data-testid="deadline-calendar">
              <Calendar
                fullscreen={!narrow}
                value={month}
                onPanelChange={(d) => setMonth(d)}
                onSelect={(d) => setMonth(d)}
                cellRender={(d, info) => {
                  if (info.type !== 'date') return info.originNode;
                  const due = onDay(d);
                  if (due.length === 0) return null;
                  if (narrow) return <Badge status="error" />;
                  return (
                    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                      {due.map((x, i) => (
                        <li
                          key={i}
                          title={`${pick(x.title)} · ${x.consortiumName ?? ''}`}
                          style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
                        >
                          <Badge
                            status={urgency(x.at) === 'red' ? 'error' : 'warning'}
                            text={<span style={{ fontSize: 12 }}>{pick(x.title)}</span>}
                          />
                        </li>
                      ))}
                    </ul>
                  );
                }}
              />
              {narrow && onDay(month).length > 0 && (
                <List size="small" dataSource={onDay(month)} renderItem={item} />
              )}
            </Card>
          </Col>
        </Row>
      )}
      <Card
        size="small"
        title={t('todo.notifications')}
        extra={
          <Button
            size="small"
            icon={<CheckOutlined />}
            onClick={() => readAll.mutate()}
            disabled={!(notifications.data ?? []).some((n) => !n.readAt)}
          >
            {t('todo.readAll')}
          </Button>
        }
      >
        {notifications.isLoading || notifications.error ? (
          <PageState
            loading={notifications.isLoading}
            error={notifications.error}
            onRetry={() => void notifications.refetch()}
          />
        ) : (notifications.data ?? []).length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('todo.noNotifications')} />
        ) : (
          <List
            size="small"
            dataSource={(notifications.data ?? []).slice(0, 30)}
            renderItem={(n) => (
              <List.Item
                key={n.id}
                actions={[
                  ...(n.link
                    ? [
                        <Link key="open" to={n.link} onClick={() => !n.readAt && read.mutate(n.id)}>
                          {t('todo.handle')}
                        </Link>,
                      ]
                    : []),
                  ...(!n.readAt
                    ? [
                        <Button key="read" size="small" type="link" onClick={() => read.mutate(n.id)}>
                          {t('todo.markRead')}
                        </Button>,
                      ]
                    : []),
                ]}
              >
                <List.Item.Meta
                  title={
                    <span>
                      {!n.readAt && <Badge status="processing" style={{ marginRight: 6 }} />}
                      {n.title[lang]}
                    </span>
                  }
                  description={`${n.body?.[lang] ?? ''} · ${formatInstant(n.createdAt)}`}
                />
              </List.Item>
            )}
          />
        )}
      </Card>
    </Flex>
  );
}
