import stopwords from 'stopwords-iso' with { type: 'json' };
import { CHAT_FILLER, OTHER_SUBJECTS, ROMAN_HINDI_FILLER } from './lexicon.js';
import { term, terms } from './normalise.js';
import { withoutMarks } from './without-marks.js';
import { WordSet } from './word-set.js';

const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it'] as const;

/**
 * Everyday words in the languages members write in ("literally", "nothing", "todavía"), as search terms.
 * A word the guide never uses says the question is about something else, unless it is one of these:
 * then it is just how people talk. stopwords-iso is a maintained list of about 1,300 English words
 * and more in each other language, far better than one we would grow by hand.
 */
const asTerm = (w: string) => term(withoutMarks(w.toLowerCase()).replace(/['’]/g, ''));
/**
 * The words of support every guide is about, never filler: the synonyms turn everyday words into them (Spanish
 * "cuenta" into "account", "pw" and French "passé" into "password", "site" and "page" into "website", French
 * "celle" into "phone", "iniciar" into "login"), and as filler they counted for nothing in any question.
 */
const NEVER_FILLER = new Set(['account', 'password', 'website', 'phone', 'login'].map(asTerm));

export const FILLER_TERMS: ReadonlySet<string> = new Set(
  [
    ...LANGUAGES.flatMap((lang) => (stopwords as Record<string, string[]>)[lang] ?? []),
    ...CHAT_FILLER,
    ...ROMAN_HINDI_FILLER,
  ]
    .map(asTerm)
    .filter((t) => !NEVER_FILLER.has(t)),
);

/**
 * The same support subjects in the other languages members write in (refunds, billing, subscriptions,
 * licences and activation, deleting an account, installing, scans, prices, payments; switching a feature off, a
 * history or log, a minimum length or count, another messaging app): a general resource,
 * not words of one guide or one question. Read through the whole pipeline, so Chinese and Japanese are cut
 * into words as a question is.
 */
const OTHER_SUBJECTS_ELSEWHERE = `
  reembolso reembolsar devolucion cobro cobrado cobraron factura suscripcion renovacion licencia activacion
  instalar desinstalar escaneo precio pago pagar cancelar eliminar borrar
  reembolso estorno cobranca cobrado fatura assinatura renovacao licenca ativacao instalar desinstalar varredura preco
  pagamento pagar cancelar excluir apagar
  ruckerstattung erstattung abbuchung abgebucht rechnung abo abonnement verlangerung lizenz aktivierung installieren
  deinstallieren scan preis zahlung bezahlen kundigen loschen
  remboursement rembourser preleve prelevement facture abonnement renouvellement licence activation installer
  desinstaller analyse prix paiement payer resilier supprimer
  rimborso addebito addebitato fattura abbonamento rinnovo licenza attivazione installare disinstallare scansione
  prezzo pagamento pagare disdire eliminare cancellare
  zwrot zwrotu obciazenie faktura subskrypcja subskrypcji abonament odnowienie licencja licencji aktywacja aktywacji
  zainstalowac odinstalowac skanowanie cena platnosc zaplacic anulowac usunac
  iade ucret fatura abonelik yenileme lisans aktivasyon yukleme kaldirma tarama fiyat odeme iptal silmek
  pengembalian refund tagihan langganan perpanjangan lisensi aktivasi instal uninstal pemindaian harga pembayaran
  bayar batalkan hapus
  hoan tien hoa don goi dang ky gia han ban quyen kich hoat cai dat go quet gia thanh toan huy xoa
  возврат вернуть списали списание счет подписка подписку продление лицензия лицензию активация установить удалить
  сканирование цена оплата оплатить отменить
  返金 請求 サブスク 定期購読 更新料 ライセンス アクティベーション インストール アンインストール スキャン 料金 値段 支払い 解約 退会 削除
  退款 扣费 扣款 发票 订阅 续费 许可证 激活码 安装 卸载 扫描 价格 付款 支付 取消 注销
  환불 결제 청구 구독 갱신 라이선스 활성화 설치 삭제 검사 가격 해지 탈퇴
  रिफंड बिल सदस्यता लाइसेंस एक्टिवेशन इंस्टॉल स्कैन कीमत भुगतान कैंसिल डिलीट
  استرداد فاتورة اشتراك ترخيص تفعيل تثبيت فحص سعر دفع إلغاء حذف
  desactivar desactivo desactivarla quitar historial minimo minima whatsapp
  desativar desativo desligar desliga historico minimo minima
  deaktivieren deaktiviere ausschalten abschalten verlauf mindestens mindestlange
  desactiver desactive enlever historique minimum
  disattivare disattivo disabilitare togliere cronologia minimo
  wylaczyc wylacz dezaktywowac historia historie minimum minimalna
  kapatmak kapatirim kapatilir kaldirmak gecmis gecmisi minimum en az
  nonaktifkan nonaktifin matikan riwayat minimal
  tat lich su toi thieu
  отключить выключить убрать история историю минимум минимальная
  オフ 無効 解除 履歴 最低 最小
  关闭 关掉 取消 停用 记录 历史 最少 最低
  해제 끄기 끄고 꺼 기록 내역 최소
  बंद हटाना इतिहास हिस्ट्री न्यूनतम मिनिमम
  تعطيل ايقاف إيقاف الغاء سجل الحد الأدنى
`;

/** OTHER_SUBJECTS as search terms (stemmed, synonyms applied), to compare with a question's unknown terms. */
export const OTHER_SUBJECT_TERMS = new WordSet([...OTHER_SUBJECTS].join(' '), (text) =>
  text
    .split(/\s+/)
    .filter(Boolean)
    .map(asTerm)
    .filter((t) => !FILLER_TERMS.has(t)),
);
/** The same in the other languages (read as questions are: segmented, folded). */
const OTHER_SUBJECT_TERMS_ELSEWHERE = new WordSet(OTHER_SUBJECTS_ELSEWHERE, (text) =>
  terms(text).filter((t) => !FILLER_TERMS.has(t)),
);

/** Whether a question's term names a support subject this guide is not about, in any language. */
export const isOtherSubject = (term: string): boolean =>
  OTHER_SUBJECT_TERMS.has(term) || OTHER_SUBJECT_TERMS_ELSEWHERE.has(term);
