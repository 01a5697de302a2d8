/** The one VND formatter: whole đồng, `.` between thousands, a space and `đ` (1.234.567 đ). */
export function formatVnd(amount: number): string {
  const n = Math.round(amount);
  const digits = Math.abs(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${digits} đ`;
}
