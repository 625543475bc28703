"""Write the twenty-fourth held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Tenaga Kerja Kabupaten Sumbawa"); what
they offer here is invented and says nothing about the real offices. Region codes, regency names
and representative coordinates are real, copied from shared/data/wilayah (github.com/cahyadsn/wilayah,
MIT licence, Copyright (c) Cahya DSN, and cahyadsn/wilayah_boundaries for the points).


The line format and the machinery are those of ../national17/make_national17.py (copied, new seed,
new regions, new directories). Every partner is one hand-written line in a directory block::
    kind sector | name | region_code [tidak] [x] | d=... | t=... | s=... | p=... | h=... | v=... | k=...

``d t s p h`` are the offers in the aspects dana, tenaga, sarana, program and
pendayagunaan_hasil; ``{...}`` at the end of an offer is its capacity (``{12}`` or, with the
words the one-column shape uses, ``{500:kg/bulan}``); ``v`` and ``k`` are vision and seeks
(otherwise a hand-written phrase for the kind is chosen); ``y=years/completed`` the track record;
``tidak`` marks an inactive partner and ``x`` a row with most cells empty. A fixed seed decides
only the mechanical parts: coordinate offsets (up to 12 km from the regency's point), which
cells go missing, how `active` is spelled, and the spellings used by the other two shapes.

Shapes written for every directory (same partners, same partner_ids):

- ``<dir>.csv``            per_aspek: the contract's canonical columns;
- ``<dir>_satu_kolom.csv`` satu_kolom: Indonesian headers and one free-text offer column;
- ``<dir>_kapital.csv``    kapital: canonical columns, UPPER CASE names and regions, variant
  regency/province spellings, region_code/lat/lon empty.

Run from the directory of the part (standard library only)::

    python3 make_national24.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20380524
HERE = Path(__file__).resolve().parent
ASPECTS = ("dana", "tenaga", "sarana", "program", "pendayagunaan_hasil")
TAGS = dict(zip("dtsph", ASPECTS))
COLUMNS = [
    "partner_id",
    "name",
    "sector",
    "kind",
    "province",
    "regency",
    "region_code",
    "lat",
    "lon",
    *[f"offers_{a}" for a in ASPECTS],
    *[f"capacity_{a}" for a in ASPECTS],
    "vision",
    "seeks",
    "active",
    "years_active",
    "partnerships_completed",
]
SECTORS = {"g": "pemerintah", "s": "swasta", "m": "masyarakat"}
UNITS = {
    "tenaga": "orang",
    "sarana": "unit",
    "program": "peserta",
    "pendayagunaan_hasil": "orang/tahun",
}

# Kemendagri code: (name, lat, lon) of the regency's representative point (shared/data/wilayah).
REGIONS = {
    "32.06": ("Kabupaten Tasikmalaya", -7.49674, 108.14157),
    "32.78": ("Kota Tasikmalaya", -7.36053, 108.21912),
    "32.07": ("Kabupaten Ciamis", -7.29025, 108.42865),
    "32.05": ("Kabupaten Garut", -7.35945, 107.78794),
    "32.18": ("Kabupaten Pangandaran", -7.63564, 108.51859),
    "32.73": ("Kota Bandung", -6.91924, 107.6366),
    "33.01": ("Kabupaten Cilacap", -7.48893, 108.88984),
    "52.04": ("Kabupaten Sumbawa", -8.7033, 117.48426),
    "52.07": ("Kabupaten Sumbawa Barat", -8.83029, 116.91443),
    "52.05": ("Kabupaten Dompu", -8.47222, 118.21686),
    "52.01": ("Kabupaten Lombok Barat", -8.66547, 116.09346),
    "52.71": ("Kota Mataram", -8.59015, 116.11096),
    "51.71": ("Kota Denpasar", -8.66836, 115.22082),
    "72.01": ("Kabupaten Banggai", -1.01848, 122.58831),
    "72.07": ("Kabupaten Banggai Kepulauan", -1.3718, 123.14329),
    "72.09": ("Kabupaten Tojo Una Una", -1.1241, 121.57246),
    "72.06": ("Kabupaten Morowali", -2.71594, 121.92367),
    "72.71": ("Kota Palu", -0.83693, 119.91197),
    "75.71": ("Kota Gorontalo", 0.53841, 123.0553),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "31": "DKI Jakarta",
    "32": "Jawa Barat",
    "33": "Jawa Tengah",
    "51": "Bali",
    "52": "Nusa Tenggara Barat",
    "72": "Sulawesi Tengah",
    "75": "Gorontalo",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "31": ["DKI JAKARTA", "DKI"],
    "32": [
        "JAWA BARAT",
        "JABAR",
        "PROV. JAWA BARAT",
        "PROVINSI JAWA BARAT",
        "JAWA-BARAT",
    ],
    "33": ["JAWA TENGAH", "JATENG"],
    "51": ["BALI", "PROV. BALI"],
    "52": [
        "NUSA TENGGARA BARAT",
        "NTB",
        "PROV. NTB",
        "PROVINSI NUSA TENGGARA BARAT",
        "NUSA TENGGARA BARAT (NTB)",
    ],
    "72": ["SULAWESI TENGAH", "SULTENG", "PROV. SULTENG", "PROVINSI SULAWESI TENGAH"],
    "75": ["GORONTALO", "PROV. GORONTALO"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "32.06": [
        "!",
        "KAB. TASIKMALAYA",
        "TASIKMALAYA",
        "KAB. TASIK",
        "TASIK",
        "KAB. TASIKMALAYA (SINGAPARNA)",
        "SINGAPARNA",
        "KABUPATEN TASIKMALAYA",
    ],
    "32.78": ["KOTA TASIK", "TASIKMALAYA KOTA", "KOTA TASIKMALAYA (KAWALU)"],
    "32.07": ["CIAMIS", "KAB. CIAMIS"],
    "32.05": ["GARUT", "KAB. GARUT"],
    "32.18": ["PANGANDARAN"],
    "32.73": ["BANDUNG", "KODYA BANDUNG", "KOTAMADYA BANDUNG"],
    "33.01": ["CILACAP"],
    "52.04": [
        "!",
        "KAB. SUMBAWA",
        "SUMBAWA",
        "SUMBAWA BESAR",
        "KAB. SUMBAWA (SUMBAWA BESAR)",
        "KAB. SUMBAWA BESAR",
        "SUMBAWA, NTB",
    ],
    "52.07": ["KSB", "SUMBAWA BARAT", "KAB. SUMBAWA BARAT (TALIWANG)", "TALIWANG"],
    "52.05": ["DOMPU"],
    "52.01": ["LOBAR", "LOMBOK BARAT", "KAB. LOMBOK BARAT (GERUNG)"],
    "52.71": ["MATARAM", "KOTA MATARAM"],
    "51.71": ["DENPASAR"],
    "72.01": [
        "!",
        "KAB. BANGGAI",
        "BANGGAI",
        "KAB. BANGGAI (LUWUK)",
        "LUWUK",
        "LUWUK BANGGAI",
        "BANGGAI DARATAN",
    ],
    "72.07": ["BANGKEP", "BANGGAI KEPULAUAN", "KAB. BANGKEP (SALAKAN)"],
    "72.09": ["TOUNA", "TOJO UNA-UNA", "KAB. TOJO UNA-UNA (AMPANA)"],
    "72.06": ["MOROWALI", "KAB. MOROWALI (BUNGKU)"],
    "72.71": ["PALU", "KOTA PALU"],
    "75.71": ["GORONTALO", "KOTA GORONTALO"],
}


KIND_LABELS = {
    "dinas": "Dinas",
    "blk": "BLK",
    "lkp": "LKP/LPK",
    "pkbm": "PKBM",
    "skb": "SKB",
    "smk": "SMK",
    "dudi": "DUDI",
    "donor": "Donor",
    "ormas": "Ormas",
    "tokoh_masyarakat": "Tokoh Masyarakat",
    "pusat_karya": "Pusat Karya",
    "perguruan_tinggi": "Perguruan Tinggi",
    "koperasi": "Koperasi",
    "bumdes": "BUMDes",
}
# Default visions and seeks per kind, hand-written; a partner line may give its own.
VISIONS = {
    "dinas": [
        "meningkatkan kualitas pelayanan publik dan kesejahteraan masyarakat",
        "terwujudnya sumber daya manusia yang produktif dan berdaya saing",
        "pembangunan daerah yang inklusif melalui kolaborasi",
    ],
    "blk": [
        "tenaga kerja kompeten, produktif dan siap bersaing",
        "pelatihan vokasi yang sesuai kebutuhan industri",
    ],
    "lkp": [
        "membekali peserta dengan keterampilan praktis agar mandiri",
        "lulusan kompeten, siap kerja dan berwirausaha",
        "kursus bermutu dan terjangkau bagi semua kalangan",
    ],
    "pkbm": [
        "pendidikan sepanjang hayat untuk semua warga",
        "warga belajar yang terampil, mandiri dan berakhlak",
    ],
    "skb": ["layanan pendidikan nonformal yang bermutu dan merata"],
    "smk": [
        "lulusan SMK yang kompeten, berkarakter dan terserap industri",
        "SMK bisa, SMK hebat: siap kerja, santun dan mandiri",
    ],
    "dudi": [
        "tumbuh bersama masyarakat sekitar",
        "memberikan layanan terbaik bagi pelanggan",
        "usaha yang berkelanjutan dan bermanfaat bagi lingkungan",
    ],
    "donor": [
        "bersama membangun masyarakat yang mandiri dan sejahtera",
        "memberdayakan mustahik menjadi muzaki",
        "investasi sosial untuk pendidikan dan ekonomi warga",
    ],
    "ormas": [
        "masyarakat yang guyub, berdaya dan sejahtera",
        "pemberdayaan warga dari, oleh dan untuk warga",
    ],
    "tokoh_masyarakat": [
        "program yang bermanfaat untuk warga kampung",
        "anak muda desa punya keterampilan dan pekerjaan",
    ],
    "pusat_karya": [
        "melestarikan kerajinan daerah dan membuka lapangan kerja",
        "karya lokal naik kelas",
    ],
    "perguruan_tinggi": ["tridharma perguruan tinggi yang berdampak bagi masyarakat"],
    "koperasi": ["anggota sejahtera melalui usaha bersama"],
    "bumdes": ["desa mandiri melalui usaha milik desa"],
}
SEEKS = {
    "dinas": [
        "lembaga mitra pelaksana yang aktif dan tertib laporan",
        "data sasaran dan peserta yang siap dilatih",
    ],
    "blk": [
        "peserta pelatihan yang serius dan mitra penempatan kerja",
        "lembaga pengirim peserta dan data pencari kerja",
    ],
    "lkp": [
        "peserta kursus dan tempat magang untuk peserta",
        "kerja sama penyaluran lulusan",
    ],
    "pkbm": ["mitra keterampilan untuk warga belajar", "tutor dan sarana praktik"],
    "skb": ["mitra penyelenggara kelas di desa"],
    "smk": [
        "tempat prakerin bagi siswa dan rekrutmen alumni",
        "guru tamu dari industri",
    ],
    "dudi": [
        "tenaga kerja terampil siap pakai",
        "mitra pemasok dan pelanggan lokal",
        "program CSR yang tepat sasaran",
    ],
    "donor": [
        "lembaga lokal yang transparan sebagai mitra pelaksana",
        "penerima manfaat yang terdata dan laporan penggunaan dana",
    ],
    "ormas": [
        "pelatihan dan modal usaha bagi anggota",
        "pendamping dan jejaring pemasaran",
    ],
    "tokoh_masyarakat": ["program nyata untuk warga", ""],
    "pusat_karya": ["perajin muda dan pembeli baru", "pemasaran produk ke luar daerah"],
    "perguruan_tinggi": [
        "lokasi KKN dan mitra penelitian",
        "desa binaan untuk pengabdian",
    ],
    "koperasi": ["anggota baru dan mitra pemasaran"],
    "bumdes": ["mitra investasi dan pemasaran produk desa"],
}

DIRECTORIES = []  # (base name, id prefix, header of the one-column offer column, block)


# ---------------------------------------------------------------------------------------------
# 1. Jawa Barat: Kabupaten Tasikmalaya (32.06)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_tasikmalaya",
        "TSM",
        "Peran yang Dapat Diambil",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Tasikmalaya | 32.06 | p=pelatihan berbasis kompetensi: menjahit, bordir manual, las listrik, barista {48} | h=bursa kerja dan informasi lowongan konveksi di Bandung dan Bekasi {100}
dinas g | Dinas Koperasi, UKM, Perdagangan dan Perindustrian Kab. Tasikmalaya | 32.06 | d=dana bergulir bagi KUB dan koperasi binaan, maks Rp 25 jt per kelompok, jasa 3 % per tahun {Rp 400.000.000} | p=pelatihan desain produk kerajinan dan pendampingan pendaftaran merek {30}
dinas g | Bidang Perdagangan dan Promosi Diskoperindag Kab. Tasikmalaya | 32.06 | h=memfasilitasi pameran dagang dan temu bisnis dengan eksportir kerajinan, tanpa pembelian langsung
dinas g | Dinas Pariwisata, Pemuda dan Olahraga Kabupaten Tasikmalaya | 32.06 | t=narasumber sadar wisata dan pelayanan homestay {2} | h=stan UMKM di Festival Galunggung dan gerai suvenir di pintu masuk Kampung Naga {25:produk}
dinas g | Dinas Sosial Kabupaten Tasikmalaya | 32.06 | d=bantuan usaha KUBE bagi keluarga penerima manfaat yang tercatat di DTKS {Rp 20.000.000} | p=pelatihan keterampilan bagi penyandang disabilitas {15}
dinas g | Dinas Pertanian, Tanaman Pangan dan Hortikultura Kab. Tasikmalaya | 32.06 | t=penyuluh budidaya mendong dan padi sawah {2} | s=bantuan alat pascapanen (perontok dan pengering) bagi poktan terdaftar Simluhtan {3}
dinas g | Dinas Pendidikan Kabupaten Tasikmalaya (Bidang PAUD dan Dikmas) | 32.06 | d=BOP kesetaraan bagi PKBM terakreditasi, lewat Dapodik {Rp 15.000.000} | p=bimtek tutor kesetaraan {25}
blk g | UPTD BLK Kabupaten Tasikmalaya (Singaparna) | 32.06 | t=instruktur menjahit dan bordir manual, bisa diperbantukan ke lembaga mitra {1} | s=ruang jahit dengan 10 mesin jahit high speed, dipinjamkan hari Sabtu {1} | p=pelatihan menjahit pakaian 240 JP {16}
blk m | BLK Komunitas Pondok Pesantren Cipasung Singaparna | 32.06 | p=pelatihan operator bordir komputer bagi santri {16} | t=instruktur bordir komputer yang bisa mengajar di lembaga lain di luar jadwal santri {1} | s=4 mesin bordir komputer 12 jarum, bisa dipinjam lembaga luar di luar jam pelatihan {4}
donor m | BAZNAS Kabupaten Tasikmalaya | 32.06 | d=Tasik Makmur: zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 250.000.000}
donor s | bank bjb Cabang Singaparna | 32.06 | d=KUR mikro dan kredit usaha bagi kelompok usaha berbasis masjid dan pesantren, tanpa agunan tambahan {Rp 2 M}
donor s | CSR PT Panas Bumi Galunggung | 32.06 | d=bantuan modal usaha bagi warga desa ring 1 di Kecamatan Sukaratu dan Padakembang {Rp 150.000.000} | p=pelatihan pengelolaan desa wisata Galunggung {30}
donor s | TJSL PT Jalan Tol Cileunyi-Garut-Tasikmalaya | 32.05 | d=hibah peralatan usaha bagi UMKM di desa yang dilalui tol di Kabupaten Garut {Rp 200.000.000}
donor m | LAZ Dompet Amanah Priangan | 32.06 | d=qardhul hasan bagi pedagang Pasar Singaparna dan Pasar Ciawi, paling banyak Rp 2 jt per orang {Rp 40.000.000}
donor s | Program Hibah Kriya Serat Alam Nusantara (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok perajin serat alam (mendong, pandan, rotan, bambu) seluruh Indonesia, proposal daring {Rp 25.000.000}
dudi s | CV Mendong Jaya Rajapolah (eksportir anyaman) | 32.06 | h=membeli putus tikar, tas dan kotak anyaman mendong dari kelompok perajin untuk dikirim ke Jepang dan Korea, dengan standar mutu {2000:buah/bulan}
dudi s | Toko Kerajinan Rajapolah Jl. Raya Rajapolah | 32.06 | h=titip jual kerajinan anyaman pandan dan mendong, bagi hasil 20 % {60:produk}
dudi s | Pengepul Mendong Kering Manonjaya | 32.06 | h=menjual mendong kering ikat dan pewarna ke perajin anyaman {3:ton/bulan}
dudi s | Toko Bahan Kerajinan dan Mesin Jahit Singaparna | 32.06 | s=jual pewarna tekstil, lem, resleting dan mesin jahit tas, bisa dicicil
dudi s | Konveksi Busana Muslim Al-Hasanah Sukaraja | 32.06 | h=merekrut operator bordir komputer dan penjahit lulusan kursus {10} | p=magang operator bordir 1 bulan {4}
dudi s | UD Kerudung Bordir Mekar Sukaraja | 32.06 | t=operator senior bordir komputer bisa melatih di lembaga lain dengan honor per pertemuan {1} | s=jual mesin bordir komputer bekas pakai, bisa kredit
dudi s | Toko Mesin Jahit dan Bordir Sinar Tasik Singaparna | 32.06 | s=jual dan sewa mesin bordir komputer, sewa Rp 1,5 jt per bulan | t=teknisi memberi pelatihan pengoperasian bagi pembeli mesin {1}
dudi s | Toko Oleh-oleh Galunggung Sukaratu | 32.06 | h=menjual kerajinan dan makanan khas kepada wisatawan Galunggung, ambil putus dari perajin sekitar {40:produk}
dudi s | Anyaman Priangan Store (reseller marketplace) | 32.06 | h=menjual tas dan dompet anyaman mendong di marketplace, ambil putus dari kelompok tiap bulan {300:buah/bulan}
dudi s | Hotel dan Resto Pantai Cipatujah | 32.06 | h=memesan tikar, tatakan dan keranjang anyaman untuk kamar dan resto {50:buah/tahun} | p=PKL siswa perhotelan {3}
dudi s | Perajin Tas dan Sandal Anyaman Ciawi | 32.06 | h=membeli lembaran anyaman mendong setengah jadi untuk dijahit menjadi tas dan sandal {500:lembar/bulan}
dudi s | Swalayan Mitra Singaparna | 32.06 | h=konsinyasi produk UMKM berlabel, berbarcode dan berizin edar {30:produk}
pkbm m | PKBM Al-Ikhlas Rajapolah | 32.06 | t=tutor keterampilan anyaman dan tutor kesetaraan {2} | s=ruang belajar sore hari {1}
pkbm m | PKBM Nurul Huda Cipatujah | 32.06 | p=warga belajar paket C yang mencari tempat praktik keterampilan {20}
smk m | SMK Negeri Rajapolah (Kriya Kreatif Tekstil dan Serat) | 32.06 | t=guru kriya serat bisa mengajar di lembaga mitra {1} | p=pelatihan pewarnaan alami serat mendong dan desain anyaman bagi perajin muda {20}
smk m | SMK Bina Busana Singaparna (Tata Busana) | 32.06 | t=guru tata busana dan bordir komputer bisa mengajar di lembaga kursus sore hari {1} | s=lab busana dengan 2 mesin bordir komputer dipinjamkan saat libur sekolah {2}
lkp m | LKP Bordir Komputer Sukaraja Mandiri | 32.06 | p=kursus bordir komputer berbayar Rp 2 jt per peserta {12} | h=alumni kursus sendiri disalurkan ke konveksi jaringan {6}
perguruan_tinggi m | Universitas Siliwangi (KKN Tematik Kabupaten Tasikmalaya) | 32.78 | t=mahasiswa KKN pendamping foto produk dan toko daring {10} | p=pelatihan pemasaran digital UMKM di desa lokasi KKN {30}
perguruan_tinggi m | Institut Agama Islam Cipasung Singaparna | 32.06 | t=dosen ekonomi syariah pendamping pembukuan kelompok usaha {2}
ormas m | TP PKK Kabupaten Tasikmalaya | 32.06 | p=kader PKK penggerak {40} | h=bazar UMKM di Alun-alun Singaparna tiap Jumat pagi {20:produk}
ormas m | Dekranasda Kabupaten Tasikmalaya | 32.06 | h=galeri kerajinan dan kurasi produk untuk pameran Inacraft dan Jawa Barat {30:produk} | p=pelatihan desain kerajinan {20}
ormas m | Asosiasi Perajin Anyaman Rajapolah | 32.06 | t=perajin senior siap melatih teknik anyam tiga dimensi {3} | h=pemasaran bersama lewat showroom asosiasi di Jalan Raya Rajapolah {40:produk}
tokoh_masyarakat m | Abah Udin Samsudin (perajin anyaman mendong senior) | 32.06 | t=mau mengajar teknik anyam mendong halus untuk anak muda {1}
tokoh_masyarakat m | Ceu Enok Rohaeni (pembordir kerancang senior Sukaraja) | 32.06 | t=mau mengajar bordir kerancang manual di lembaga kursus dua kali seminggu {1}
koperasi m | Koperasi Produsen Anyaman Rajapolah | 32.06 | d=pinjaman modal khusus anggota {Rp 100.000.000} | h=membeli produk anyaman anggota untuk disetor ke eksportir {800:buah/bulan}
bumdes m | BUMDes Mekar Sari Desa Rajapolah | 32.06 | s=ruang pamer dan ruang kerja bersama untuk perajin {1} | h=etalase produk anyaman di rest area jalur Bandung-Tasik {30:produk}
bumdes m | BUMDes Desa Neglasari Salawu | 32.06 | h=kios suvenir di jalan masuk Kampung Naga menjual kerajinan bambu warga Neglasari {30:produk}
dudi s | Toko Anyaman Mendong Sinar Rajapolah | 32.06 tidak | h=membeli putus anyaman mendong dari kelompok {1000:buah/bulan}
lkp m | LKP Bordir Kerancang Tasik | 32.06 tidak | t=instruktur bordir komputer {2} | s=mesin bordir komputer {3}
dudi s | Warung Kerajinan Cisayong | 32.06 x | h=bisa titip
ormas m | Karang Taruna Desa Sukaraja | 32.06 x | p=pelatihan
dudi s | CV Kawalu Bordir Indah | 32.78 | h=merekrut operator bordir komputer {15} | t=operator senior bordir komputer melatih di lembaga kursus mitra {1}
dudi s | Galeri Payung Geulis Panyingkiran | 32.78 | h=menjual payung geulis dan kerajinan khas Tasik ke wisatawan {30:produk}
dudi s | Eksportir Kerajinan Serat Alam Bandung | 32.73 | h=membeli tas dan kotak anyaman mendong dan pandan dari perajin Jawa Barat, dikirim ekspedisi {1000:buah/bulan}
blk g | Balai Besar Pelatihan Vokasi dan Produktivitas Bandung | 32.73 | t=instruktur garmen dan bordir komputer bersertifikat {2} | p=pelatihan operator bordir komputer 160 JP berasrama {16}
dudi s | Toko Suvenir Pantai Pangandaran | 32.18 | h=titip jual suvenir dan kerajinan, bagi hasil 25 % {30:produk}
dudi s | Konveksi Kaos dan Jaket Garut | 32.05 | h=merekrut penjahit dan operator sablon {10}
dudi s | Toko Oleh-oleh Cilacap | 33.01 | h=menjual oleh-oleh khas Cilacap dan sekitarnya {40:produk}
dudi s | Toko Daring Kriya Nusantara Jakarta | 31.74 | h=membeli tas anyaman mendong dari Tasikmalaya tiap bulan, dikirim ekspedisi {400:buah/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 2. Nusa Tenggara Barat: Kabupaten Sumbawa (52.04)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_sumbawa",
        "SBW",
        "Andil yang Ditawarkan",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Sumbawa | 52.04 | p=pelatihan kerja di UPTD BLK Sumbawa: las, otomotif, menjahit, pengolahan hasil pertanian {48} | h=bursa kerja dan penyaluran ke tambang dan smelter {120}
dinas g | Dinas Koperasi dan UKM Kabupaten Sumbawa | 52.04 | d=pinjaman dana bergulir bagi koperasi dan KUB binaan, maks Rp 30 jt per kelompok {Rp 500.000.000} | p=pendampingan PIRT, halal dan desain kemasan {40}
dinas g | Dinas Peternakan dan Kesehatan Hewan Kabupaten Sumbawa | 52.04 | t=dokter hewan dan inseminator narasumber {2} | p=magang siswa di UPTD Pembibitan Ternak dan Pos IB Moyo {10} | s=kandang percontohan sapi bali {1}
dinas g | KPH Batulanteh (UPTD Dinas LHK Provinsi NTB) | 52.04 | t=penyuluh kehutanan pendamping kelompok tani hutan {2} | p=pelatihan panen madu lestari dan sertifikasi HHBK {25}
dinas g | Dinas Perindustrian dan Perdagangan Kab. Sumbawa | 52.04 | h=memfasilitasi temu bisnis dan kurasi produk untuk pameran, tanpa pembelian langsung
dinas g | Dinas Sosial Kabupaten Sumbawa | 52.04 | d=bantuan usaha KUBE bagi keluarga miskin yang tercatat di DTKS {Rp 20.000.000}
dinas g | Dinas Kelautan dan Perikanan Kabupaten Sumbawa | 52.04 | s=bantuan bibit dan tali rumput laut bagi pokdakan Teluk Saleh terdaftar {10} | p=pelatihan budidaya rumput laut {30}
dinas g | Dinas Pariwisata Kabupaten Sumbawa | 52.04 | t=narasumber sadar wisata {2} | h=gerai UMKM di Festival Moyo dan stan oleh-oleh di Pelabuhan Badas {20:produk}
blk g | UPTD BLK Kabupaten Sumbawa | 52.04 | t=instruktur las dan otomotif bersertifikat {1} | s=bengkel las dipinjamkan ke mitra hari Sabtu {1} | p=pelatihan las SMAW 240 JP {16}
donor m | BAZNAS Kabupaten Sumbawa | 52.04 | d=Sumbawa Berkah: zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 300.000.000}
donor s | Bank NTB Syariah Cabang Sumbawa Besar | 52.04 | d=KUR syariah dan pembiayaan kelompok tani hutan sampai Rp 100 jt dengan agunan {Rp 3 M}
donor s | CSR PT Tambang Tembaga Elang Dodo | 52.04 | d=bantuan modal usaha bagi desa lingkar tambang di Kecamatan Lunyuk dan Ropang {Rp 250.000.000} | p=pelatihan wirausaha warga lingkar tambang {40}
donor s | CSR PT Tambang Batu Hijau Sekongkang | 52.07 | d=modal usaha bagi warga lingkar tambang Kecamatan Sekongkang, Maluk dan Jereweh {Rp 400.000.000} | h=membeli madu, susu kuda dan olahan lokal dari koperasi lingkar tambang Sumbawa Barat untuk kantin karyawan {200:botol/bulan}
donor m | Yayasan Hutan Lestari Samawa | 52.04 | d=hibah alat panen dan pascapanen (pisau, ember stainless, saringan, alat pengurang kadar air) bagi kelompok madu hutan binaan di Kecamatan Batu Lanteh {Rp 50.000.000} | t=pendamping panen lestari {1}
donor s | Program Hibah Hasil Hutan Bukan Kayu Nusantara (seleksi nasional) | 31.74 | d=hibah modal bagi kelompok usaha HHBK (madu, rotan, gaharu, kemiri) seluruh Indonesia, proposal daring {Rp 40.000.000}
donor m | LAZ Samawa Peduli Umat | 52.04 | d=qardhul hasan bagi pedagang Pasar Seketeng Sumbawa Besar, maks Rp 3 jt per orang {Rp 60.000.000}
dudi s | Pusat Oleh-oleh Khas Samawa Sumbawa Besar | 52.04 | h=membeli putus madu hutan botolan, susu kuda liar, dodol dan permen susu dari produsen ber-PIRT {300:botol/bulan}
dudi s | Toko Madu Sumbawa Asli Jl. Hasanuddin | 52.04 | h=titip jual madu hutan botolan, bagi hasil 15 % {40:produk}
dudi s | Pengepul Madu Hutan Curah Sumbawa Besar | 52.04 | h=membeli madu hutan curah dari kelompok dengan harga pasar, kadar air paling tinggi 22 % {1:ton/bulan}
dudi s | Toko Botol dan Kemasan Seketeng | 52.04 | s=jual botol kaca, jeriken food grade dan label, bisa kredit
dudi s | CV Samawa Ranch Moyo Hilir (peternakan sapi bali) | 52.04 | p=prakerin siswa peternakan 3 bulan: pakan, IB dan kesehatan ternak {6} | h=merekrut lulusan SMK peternakan {3}
dudi s | Samawa Meat (usaha daging beku) | 52.04 | p=magang penyembelihan halal dan penanganan karkas, hanya bagi juru sembelih bersertifikat {2}
dudi s | Kuda Samawa Farm Moyo Utara | 52.04 | p=PKL siswa peternakan 2 bulan: pemerahan susu kuda liar dan perawatan kuda {4}
dudi s | Poultry Shop dan Obat Ternak Sumber Tani | 52.04 | s=jual pakan konsentrat, mineral blok dan obat ternak, bisa tempo
dudi s | UD Sapi Antarpulau Labuhan Badas | 52.04 | h=membeli sapi dan kerbau dari peternak untuk dikirim ke Jawa {200:ekor/bulan}
dudi s | Hotel Samawa Seaside Sumbawa Besar | 52.04 | h=membeli madu hutan untuk sarapan tamu {20:botol/bulan}
dudi s | Moyo Island Tour and Dive | 52.04 | h=paket wisata Pulau Moyo yang mengajak tamu ke sentra madu hutan {100:tamu/bulan}
dudi s | Madu Samawa Store (reseller marketplace) | 52.04 | h=membeli putus madu hutan berlabel dari kelompok, dijual di marketplace {200:botol/bulan}
pkbm m | PKBM Tunas Samawa Alas | 52.04 | t=tutor kesetaraan {2} | p=warga belajar paket C yang mencari tempat praktik {20}
smk m | SMK Negeri 2 Sumbawa Besar (Agribisnis Pengolahan Hasil Pertanian) | 52.04 | s=ruang produksi dan alat uji kadar air madu bisa dipakai kelompok masyarakat dengan jadwal {1} | t=guru produktif pengolahan hasil pertanian {1}
smk m | SMK Negeri 1 Lape (Agribisnis Ternak Ruminansia) | 52.04 | p=siswa PKL peternakan yang mencari tempat prakerin {25}
lkp m | LPK Tani Ternak Mandiri Sumbawa | 52.04 | p=kursus inseminasi buatan berbayar Rp 3 jt per peserta {10} | t=instruktur IB bersertifikat bisa mengajar di sekolah mitra dengan honor {1}
perguruan_tinggi m | Universitas Samawa (Program Studi Peternakan) | 52.04 | t=dosen peternakan sebagai guru tamu {2} | s=laboratorium nutrisi dan kandang percobaan dipakai praktik siswa mitra {1}
perguruan_tinggi m | Universitas Teknologi Sumbawa (Pusat Kajian Lebah Hutan) | 52.04 | t=dosen pendamping uji mutu dan izin edar madu {2} | p=pelatihan pengolahan, pengemasan dan pelabelan madu bagi kelompok {20}
ormas m | Forum Madu Hutan Samawa | 52.04 | h=pemasaran bersama madu anggota forum lewat gerai dan pameran {200:botol/bulan} | p=pelatihan panen lestari dan sistem kontrol internal {30}
ormas m | TP PKK Kabupaten Sumbawa | 52.04 | p=kader PKK {40} | h=bazar UMKM di Lapangan Pahlawan Sumbawa Besar tiap bulan {20:produk}
ormas m | Dekranasda Kabupaten Sumbawa | 52.04 | h=galeri produk unggulan (tenun kre alang, madu, susu kuda liar) dan kurasi pameran {30:produk}
ormas m | Lembaga Adat Tana Samawa | 52.04 | p=menggerakkan warga ikut pelatihan {40} | s=balai adat untuk pertemuan dan pelatihan {1}
ormas m | Persatuan Peternak Sapi dan Kerbau Samawa | 52.04 | t=peternak senior mengajar beternak kerbau lepas di lar {2} | p=menerima siswa magang di kandang dan lar anggota {10}
tokoh_masyarakat m | Pak Lalu Hamzah (pemanen madu hutan senior) | 52.04 | t=mau mengajar cara panen madu tiris tanpa merusak sarang {1}
tokoh_masyarakat m | drh. H. Syamsuddin (pensiunan dokter hewan) | 52.04 | t=mau menjadi guru tamu kesehatan ternak di SMK tanpa honor {1}
koperasi m | Koperasi Madu Hutan Lunyuk | 52.04 | d=pinjaman khusus anggota {Rp 80.000.000} | h=membeli madu dari anggota koperasi {500:botol/bulan}
bumdes m | BUMDes Desa Moyo | 52.04 | h=kios oleh-oleh di dermaga penyeberangan Pulau Moyo menjual produk warga Desa Moyo {20:produk}
dudi s | Toko Madu Hutan Al-Barokah | 52.04 tidak | h=membeli madu hutan botolan dari kelompok {300:botol/bulan}
dudi s | Lenang Farm Peternakan Sapi Potong | 52.04 tidak | p=prakerin siswa peternakan {6}
dudi s | Kios Pak Ahmad | 52.04 x | h=bisa titip
ormas m | Kelompok Tani Ternak Sumber Rejeki | 52.04 x | p=ada
dudi s | Taliwang Feedlot (penggemukan sapi) | 52.07 | p=prakerin siswa peternakan 3 bulan dengan mes {6} | h=merekrut anak kandang {4}
dudi s | Toko Oleh-oleh Dompu | 52.05 | h=titip jual madu dan susu kuda Dompu {30:produk}
dinas g | UPTD Balai Inseminasi Buatan Provinsi NTB (Banyumulek) | 52.01 | p=magang inseminator dan pengolahan semen beku {4}
dudi s | Pusat Oleh-oleh Mataram Jl. Pejanggik | 52.71 | h=membeli putus madu Sumbawa dan susu kuda liar dari produsen di Pulau Sumbawa {300:botol/bulan}
dudi s | Toko Oleh-oleh Bali Denpasar | 51.71 | h=titip jual oleh-oleh khas Bali {50:produk}
dudi s | Toko Daring Madu Nusantara Jakarta | 31.74 | h=membeli madu hutan Sumbawa tiap bulan, dikirim kargo {300:botol/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 3. Sulawesi Tengah: Kabupaten Banggai (72.01)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_banggai",
        "BGI",
        "Hal yang Bisa Diberikan",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Banggai | 72.01 | p=pelatihan kerja di UPTD BLK Luwuk: instalasi listrik, las, otomotif, menjahit {64} | h=bursa kerja dan penyaluran ke kontraktor migas {150}
dinas g | Dinas Koperasi dan UKM Kabupaten Banggai | 72.01 | d=dana bergulir bagi KUB binaan, maks Rp 20 jt per kelompok {Rp 400.000.000} | p=pendampingan PIRT dan sertifikat halal {30}
dinas g | Dinas Perkebunan dan Peternakan Kabupaten Banggai | 72.01 | s=bantuan alat pengolahan kelapa (mesin parut, pres santan) bagi poktan terdaftar Simluhtan {3} | t=penyuluh perkebunan kelapa {2}
dinas g | Dinas Perindustrian dan Perdagangan Kab. Banggai | 72.01 | s=rumah produksi bersama olahan kelapa di Luwuk dengan mesin parut, pres dan pengering, bisa dipakai IKM dengan jadwal {1} | h=memfasilitasi pameran produk IKM {20:produk}
dinas g | Dinas Sosial Kabupaten Banggai | 72.01 | d=bantuan usaha KUBE bagi keluarga penerima manfaat yang tercatat di DTKS {Rp 20.000.000}
dinas g | Dinas Perikanan Kabupaten Banggai | 72.01 | s=bantuan cool box dan mesin perahu bagi nelayan pemilik kartu Kusuka {20} | p=pelatihan pengolahan abon dan bakso ikan {25}
dinas g | Dinas Pariwisata Kabupaten Banggai | 72.01 | t=narasumber pemandu wisata {2} | h=gerai oleh-oleh di Bandara Syukuran Aminuddin Amir dan stan festival Teluk Lalong {25:produk}
dinas g | Dinas Pendidikan Kabupaten Banggai (Bidang Dikmas) | 72.01 | d=BOP kesetaraan bagi PKBM terakreditasi {Rp 15.000.000}
blk g | UPTD BLK Kabupaten Banggai (Luwuk) | 72.01 | t=instruktur instalasi listrik bersertifikat {1} | p=pelatihan instalasi listrik rumah tinggal 240 JP dengan uji kompetensi BNSP {16} | s=workshop listrik dipinjamkan ke mitra di luar jadwal {1}
blk m | BLK Komunitas Pondok Pesantren Al-Khairaat Toili | 72.01 | p=pelatihan las listrik bagi santri dan pemuda sekitar {16}
donor m | BAZNAS Kabupaten Banggai | 72.01 | d=zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 200.000.000}
donor s | Bank Sulteng Cabang Luwuk | 72.01 | d=KUR mikro dan kredit usaha perempuan sampai Rp 50 jt {Rp 2 M}
donor s | CSR PT Kilang LNG Uso Batui | 72.01 | d=beasiswa pelatihan dan biaya uji kompetensi bagi pemuda desa ring 1 kilang di Kecamatan Batui dan Kintom {Rp 300.000.000} | p=pelatihan teknisi listrik dan mekanik bagi pemuda ring 1 {40}
donor s | TJSL PT Gas Toili | 72.01 | d=modal usaha bagi desa ring 1 lapangan gas di Kecamatan Toili Barat dan Moilong {Rp 200.000.000}
donor s | TJSL PT Nikel Bahodopi | 72.06 | d=bantuan bagi desa lingkar tambang di Kecamatan Bahodopi {Rp 500.000.000} | p=pelatihan operator alat berat dan magang di kawasan industri bagi warga lingkar tambang {50}
donor m | Program Hibah Kelapa Nusantara (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok pengolah kelapa (VCO, gula kelapa, sabut) seluruh Indonesia, proposal daring {Rp 25.000.000}
donor m | Yayasan Perempuan Pesisir Luwuk | 72.01 | d=modal bergulir bagi kelompok perempuan nelayan di Kecamatan Luwuk Timur {Rp 50.000.000} | t=pendamping kelompok perempuan {1}
dudi s | Pusat Oleh-oleh Khas Luwuk Banggai | 72.01 | h=membeli putus VCO botolan, abon cakalang, keripik pisang dan kacang mete dari produsen ber-PIRT {200:botol/bulan}
dudi s | Apotek dan Toko Herbal Sehat Alami Luwuk | 72.01 | h=konsinyasi VCO dan minyak kelapa berizin edar {40:botol/bulan}
dudi s | Pengumpul Kelapa Butir Pagimana | 72.01 | h=menjual kelapa butir tua ke pengolah VCO dan santan {20:ton/bulan}
dudi s | Toko Mesin dan Alat Pertanian Tani Jaya Luwuk | 72.01 | s=jual mesin parut kelapa, mesin pres dan sealer, bisa cicilan untuk kelompok
dudi s | Bengkel Las dan Fabrikasi Karya Teknik Luwuk | 72.01 | s=membuat mesin pres VCO dan tangki fermentasi stainless sesuai pesanan dengan harga produksi {5}
dudi s | CV Luwuk Elektrik (kontraktor listrik) | 72.01 | p=magang teknisi listrik 3 bulan bagi lulusan pelatihan {6} | h=merekrut teknisi listrik bersertifikat {5}
dudi s | PT Tompotika Jasa Energi (subkontraktor migas Batui) | 72.01 | h=merekrut tenaga lokal bersertifikat K3 dan kelistrikan untuk proyek kilang {20}
dudi s | Hotel Teluk Lalong Luwuk | 72.01 | h=membeli minyak kelapa dan VCO untuk dapur dan spa {20:liter/bulan} | p=PKL siswa perhotelan {4}
dudi s | PT PLN (Persero) ULP Luwuk | 72.01 | p=magang teknik distribusi, hanya bagi mahasiswa D3/S1 teknik elektro {4}
dudi s | Toko Listrik dan Elektronik Sinar Terang | 72.01 | s=jual kabel, MCB dan alat praktik instalasi, bisa kredit
dudi s | PT Sawit Toili Lestari | 72.01 | h=merekrut pemanen dan mandor kebun {50} | d=CSR bagi desa plasma di Kecamatan Toili {Rp 100.000.000}
pkbm m | PKBM Tompotika Batui | 72.01 | p=warga belajar paket C yang mencari pelatihan keterampilan {25} | t=tutor kesetaraan {2}
pkbm m | PKBM Kasih Bunda Nambo | 72.01 | t=tutor keterampilan tata boga {1} | s=dapur praktik {1}
smk m | SMK Negeri 1 Luwuk (Teknik Instalasi Tenaga Listrik) | 72.01 | t=guru TITL bisa mengajar di lembaga mitra {1} | s=bengkel listrik sekolah dipinjamkan hari Sabtu {1} | p=pelatihan singkat instalasi listrik bagi pemuda putus sekolah di bengkel sekolah, hari Sabtu {10}
smk m | SMK Negeri 1 Toili (Agribisnis Pengolahan Hasil Pertanian) | 72.01 | s=ruang produksi olahan kelapa dan alat penyaring VCO bisa dipakai kelompok dengan jadwal {1} | t=guru APHP {1}
lkp m | LPK Teknik Listrik Terang Abadi Luwuk | 72.01 | p=kursus instalasi listrik berbayar Rp 2,5 jt dan penempatan magang bagi peserta kursusnya sendiri {12}
lkp m | LKP Tata Boga Dapur Mama Luwuk | 72.01 | p=kursus olahan kelapa dan kue tradisional {15} | h=membeli VCO untuk bahan kursus {10:botol/bulan}
perguruan_tinggi m | Universitas Tompotika Luwuk (Fakultas Pertanian) | 72.01 | t=dosen teknologi hasil pertanian pendamping mutu VCO {2} | s=laboratorium uji kadar air dan asam lemak bebas bisa dipakai kelompok {1}
perguruan_tinggi m | Universitas Muhammadiyah Luwuk (Fakultas Teknik) | 72.01 | p=pelatihan dasar kelistrikan di desa lokasi KKN {20} | t=dosen teknik elektro {2}
ormas m | TP PKK Kabupaten Banggai | 72.01 | p=kader PKK {40} | h=bazar UMKM bulanan di kawasan Teluk Lalong {20:produk}
ormas m | Dekranasda Kabupaten Banggai | 72.01 | h=galeri produk unggulan daerah dan kurasi untuk pameran {30:produk}
ormas m | Dewan Adat Batui | 72.01 | p=menggerakkan pemuda adat ikut pelatihan {40}
tokoh_masyarakat m | Ibu Hj. Salmah (pembuat minyak kelapa kampung senior Nambo) | 72.01 | t=mau mengajar membuat minyak kelapa kampung {1}
tokoh_masyarakat m | Pak Yohanis Lasut (pensiunan teknisi listrik) | 72.01 | t=mau melatih pemuda instalasi listrik tanpa honor {1}
koperasi m | Koperasi Produsen Kelapa Terpadu Balantak | 72.01 | d=pinjaman khusus anggota {Rp 100.000.000} | s=mesin pengering kopra untuk anggota {2}
bumdes m | BUMDes Maju Bersama Desa Lonas | 72.01 | s=sewa mesin parut dan pres santan Rp 50.000 per hari {2}
dudi s | Toko VCO Luwuk Herbal | 72.01 tidak | h=membeli VCO botolan dari kelompok {300:botol/bulan}
blk m | BLK Komunitas Batui | 72.01 tidak | p=pelatihan instalasi listrik {16}
dudi s | Warung Bu Tini | 72.01 x | h=bisa titip
ormas m | Kelompok Pemuda Kintom | 72.01 x | p=ada
dudi s | Toko Oleh-oleh Salakan | 72.07 | h=titip jual oleh-oleh Banggai Kepulauan {30:produk}
dudi s | Pusat Oleh-oleh Ampana | 72.09 | h=membeli VCO dan olahan kelapa dari Luwuk {100:botol/bulan}
blk g | UPTD BLK Provinsi Sulawesi Tengah (Palu) | 72.71 | p=pelatihan instalasi listrik 240 JP berasrama {16}
dudi s | Distributor Herbal Gorontalo | 75.71 | h=membeli VCO curah {500:liter/bulan}
dudi s | Toko Daring Herbal Jakarta | 31.74 | h=membeli VCO dari Sulawesi tiap bulan {300:botol/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# Mechanical part: parse the lines, then write the three shapes.
# ---------------------------------------------------------------------------------------------
def parse_block(block: str, prefix: str) -> list[dict]:
    partners = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split(" | ")]
        kind, sec = fields[0].split()
        loc = fields[2].split()
        p = {
            "partner_id": f"{prefix}-{len(partners) + 1:03d}",
            "name": fields[1],
            "kind": kind,
            "sector": SECTORS[sec],
            "code": loc[0],
            "inactive": "tidak" in loc[1:],
            "sparse": "x" in loc[1:],
            "offers": {},
            "caps": {},
            "units": {},
        }
        for f in fields[3:]:
            tag, _, text = f.partition("=")
            if tag in TAGS:
                m = re.search(r"\s*\{([^}]*)\}$", text)
                if m:
                    cap, _, unit = m.group(1).partition(":")
                    p["caps"][TAGS[tag]] = cap
                    p["units"][TAGS[tag]] = unit
                    text = text[: m.start()]
                p["offers"][TAGS[tag]] = text
            elif tag in ("v", "k", "y"):
                p[tag] = text
            else:
                raise ValueError(f"{prefix}: unknown tag {tag!r} in {line!r}")
        assert p["code"] in REGIONS, (prefix, line)
        partners.append(p)
    return partners


def offset(rng: random.Random, lat: float, lon: float) -> tuple[float, float]:
    r = 12.0 * math.sqrt(rng.random())
    t = rng.uniform(0, 2 * math.pi)
    dlat = r * math.cos(t) / 111.32
    dlon = r * math.sin(t) / (111.32 * math.cos(math.radians(lat)))
    return round(lat + dlat, 5), round(lon + dlon, 5)


def short_regency(name: str) -> str:
    if name.startswith("Kota Administrasi "):
        return name.removeprefix("Kota Administrasi ")
    return name.replace("Kabupaten ", "Kab. ")


def kapital_regency(rng: random.Random, code: str, name: str) -> str:
    variants = KAPITAL_VARIANTS.get(code, [])
    if variants and variants[0] == "!":
        return rng.choice(variants[1:])
    if name.startswith("Kota Administrasi "):
        standard = "KOTA ADM. " + name.removeprefix("Kota Administrasi ").upper()
    elif name.startswith("Kabupaten "):
        standard = "KAB. " + name.removeprefix("Kabupaten ").upper()
    else:
        standard = name.upper()
    if variants and rng.random() < 0.45:
        return rng.choice(variants)
    return standard


def rupiah_words(cap: str) -> str:
    if cap.isdigit():
        return "Rp " + f"{int(cap):,}".replace(",", ".")
    return cap


def build(base: str, prefix: str, block: str, rng: random.Random) -> list[dict]:
    rows = []
    for p in parse_block(block, prefix):
        code = p["code"]
        name, lat, lon = REGIONS[code]
        row = {c: "" for c in COLUMNS}
        row.update(
            partner_id=p["partner_id"],
            name=p["name"],
            sector=p["sector"],
            kind=p["kind"],
        )
        plat, plon = offset(rng, lat, lon)
        missing_code = rng.random() < 0.10
        missing_point = rng.random() < 0.30
        if not p["sparse"]:
            row["province"] = PROVINCES[code[:2]]
            row["region_code"] = "" if missing_code else code
            if not missing_point:
                row["lat"], row["lon"] = f"{plat}", f"{plon}"
        row["regency"] = name
        for a in ASPECTS:
            row[f"offers_{a}"] = p["offers"].get(a, "")
            row[f"capacity_{a}"] = p["caps"].get(a, "")
        vision = p.get("v", rng.choice(VISIONS[p["kind"]]))
        seeks = p.get("k", rng.choice(SEEKS[p["kind"]]))
        if p["inactive"]:
            active = rng.choice(["tidak", "tidak", "Tidak", "TIDAK", "0"])
        else:
            active = rng.choice(["ya"] * 8 + ["Ya", "YA", "1", "true", ""])
        if "y" in p:
            years, done = p["y"].split("/")
        else:
            years, done = str(rng.randint(1, 30)), str(rng.randint(0, 15))
            if rng.random() < 0.12:
                years = ""
            if rng.random() < 0.12:
                done = ""
        if p["sparse"]:
            vision = seeks = years = done = ""
        row.update(
            vision=vision,
            seeks=seeks,
            active=active,
            years_active=years,
            partnerships_completed=done,
        )
        row["_units"] = p["units"]
        row["_code"] = code
        rows.append(row)
    return rows


def satu_kolom(
    rows: list[dict], header: str, rng: random.Random
) -> tuple[list[str], list[list]]:
    head = [
        "No",
        "ID",
        "Nama Lembaga",
        "Sektor",
        "Jenis",
        "Provinsi",
        "Kabupaten/Kota",
        header,
        "Visi",
        "Mencari",
        "Aktif",
    ]
    out = []
    for i, row in enumerate(rows, 1):
        pieces = []
        for a in ASPECTS:
            text = row[f"offers_{a}"]
            if not text:
                continue
            cap = row[f"capacity_{a}"]
            if cap and a == "dana":
                text += f", senilai {rupiah_words(cap)}"
            elif cap:
                text += f" ({cap} {row['_units'].get(a) or UNITS[a]})"
            pieces.append(text)
        rng.shuffle(pieces)
        active = row["active"]
        aktif = {"tidak": "Tidak", "0": "Tidak", "": ""}.get(active.lower(), "Ya")
        out.append(
            [
                i,
                row["partner_id"],
                row["name"],
                row["sector"].capitalize(),
                KIND_LABELS[row["kind"]],
                row["province"],
                short_regency(row["regency"]),
                "; ".join(pieces),
                row["vision"],
                row["seeks"],
                aktif,
            ]
        )
    return head, out


def kapital(rows: list[dict], rng: random.Random) -> list[dict]:
    out = []
    for row in rows:
        new = {c: row[c] for c in COLUMNS}
        name = row["name"].upper()
        name = re.sub(r"^(PT|CV|UD)\s", r"\1. ", name)
        new["name"] = name
        if row["province"]:
            forms = KAPITAL_PROVINCES[row["_code"][:2]]
            new["province"] = forms[0] if rng.random() < 0.5 else rng.choice(forms)
        new["regency"] = kapital_regency(rng, row["_code"], row["regency"])
        new["region_code"] = new["lat"] = new["lon"] = ""
        new["active"] = row["active"].upper()
        out.append(new)
    return out


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    rng = random.Random(SEED)
    shapes = [["directory", "shape", "file"]]
    for base, prefix, header, block in DIRECTORIES:
        rows = build(base, prefix, block, rng)
        write_csv(
            HERE / f"{base}.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in rows]
        )
        head, one = satu_kolom(rows, header, rng)
        write_csv(HERE / f"{base}_satu_kolom.csv", head, one)
        kap = kapital(rows, rng)
        write_csv(
            HERE / f"{base}_kapital.csv",
            COLUMNS,
            [[r[c] for c in COLUMNS] for r in kap],
        )
        shapes += [
            [base, "per_aspek", f"{base}.csv"],
            [base, "satu_kolom", f"{base}_satu_kolom.csv"],
            [base, "kapital", f"{base}_kapital.csv"],
        ]
        print(f"{base}: {len(rows)} partners")
    write_csv(HERE / "shapes.csv", shapes[0], shapes[1:])


if __name__ == "__main__":
    main()
