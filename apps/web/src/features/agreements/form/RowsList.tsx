import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Row, type FormListFieldData } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Name } from './fields';

/**
 * A list of one-line rows: the caller's columns, then a delete button; under them a dashed button
 * that adds a row (with `newRow()` as its value), and `empty` while there is none.
 */
export function RowsList(props: {
  name: Name;
  row: (f: FormListFieldData) => ReactNode;
  addLabel: ReactNode;
  newRow?: () => unknown;
  empty?: ReactNode;
  rowStyle?: CSSProperties;
  addStyle?: CSSProperties;
}) {
  const { t } = useTranslation();
  return (
    <Form.List name={props.name}>
      {(fields, { add, remove }) => (
        <>
          {fields.length === 0 && props.empty}
          {fields.map((f) => (
            <Row gutter={8} key={f.key} style={props.rowStyle}>
              {props.row(f)}
              <Col flex="none">
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('common.delete')}
                  onClick={() => remove(f.name)}
                />
              </Col>
            </Row>
          ))}
          <Button
            type="dashed"
            size="small"
            icon={<PlusOutlined />}
            onClick={() => add(props.newRow?.())}
            style={props.addStyle}
          >
            {props.addLabel}
          </Button>
        </>
      )}
    </Form.List>
  );
}
