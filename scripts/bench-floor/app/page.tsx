/**
 * The floor page of `npm run bench:http` (issue #9): a bare Next.js page of 50 static rows,
 * rendered on every request like Taawun's pages (no prerendering, no data, no session).
 */
export const dynamic = "force-dynamic";

const rows = Array.from({ length: 50 }, (_, i) => ({ id: i + 1, name: `Row ${i + 1}`, value: (i * 37) % 101 }));

export default function FloorPage() {
  return (
    <main>
      <h1>Floor</h1>
      <table>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{row.id}</td>
              <td>{row.name}</td>
              <td>{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
