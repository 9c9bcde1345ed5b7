import { describeWithComponents } from '../../harness/components.js';
import { tinyproxyBinary, tinyproxyMissing } from '../../harness/tinyproxy.js';

/** A suite that needs tinyproxy (see describeWithComponents). */
export function describeWithTinyproxy(title: string, body: () => void, binary = tinyproxyBinary): void {
  describeWithComponents(title, 'tinyproxy is', tinyproxyMissing(binary), body);
}
