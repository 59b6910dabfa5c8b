import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLang } from '../../app/i18n';
import { formatInstant } from '../../components/format';
import { useNotificationWrites, useNotifications } from './api';

/** The header's bell: unread notifications (deadline reminders…) with a badge; opening one marks it read. */
export function NotificationBell() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const q = useNotifications(true);
  const { read, readAll } = useNotificationWrites();
  const items = q.data ?? [];
  const content = (
    <div style={{ width: 320, maxWidth: 'calc(100vw - 32px)' }} data-testid="notifications">
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('todo.noUnread')} />
      ) : (
        <div style={{ maxHeight: 360, overflowY: 'auto' }}>
          {items.slice(0, 10).map((n) => (
            <div
              key={n.id}
              role="button"
              tabIndex={0}
              style={{ padding: '8px 4px', borderBottom: '1px solid #f0f0f0', cursor: 'pointer' }}
              onClick={() => {
                read.mutate(n.id);
                setOpen(false);
                if (n.link) void navigate(n.link);
              }}
            >
              <Typography.Text strong>{n.title[lang]}</Typography.Text>
              {n.body && (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {n.body[lang]}
                  </Typography.Text>
                </div>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatInstant(n.dueAt ?? n.createdAt)}
              </Typography.Text>
            </div>
          ))}
        </div>
      )}
      <Flex justify="space-between" style={{ marginTop: 8 }}>
        <Button size="small" type="link" disabled={items.length === 0} onClick={() => readAll.mutate()}>
          {t('todo.readAll')}
        </Button>
        <Link to="/todo" onClick={() => setOpen(false)}>
          {t('todo.open')}
        </Link>
      </Flex>
    </div>
  );
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      title={t('todo.notifications')}
      content={content}
    >
      <Badge count={items.length} size="small" overflowCount={99}>
        <Button
          type="text"
          icon={<BellOutlined />}
          aria-label={t('todo.notifications')}
          data-testid="notification-bell"
        />
      </Badge>
    </Popover>
  );
}
