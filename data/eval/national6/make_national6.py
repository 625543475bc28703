"""Write the sixth held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Tenaga Kerja Kota Batam"); what
they offer here is invented and says nothing about the real offices. Region codes, regency names
and representative coordinates are real, copied from shared/data/wilayah (github.com/cahyadsn/wilayah,
MIT licence, Copyright (c) Cahya DSN, and cahyadsn/wilayah_boundaries for the points).


The line format and the machinery are those of ../national5/make_national5.py (copied, new seed,
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

Run from the repository root (standard library only)::

    python3 data/eval/national6/make_national6.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20_27_1203
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
    "21.71": ("Kota Batam", 0.963, 104.06356),
    "21.72": ("Kota Tanjung Pinang", 0.91958, 104.48706),
    "21.01": ("Kabupaten Bintan", 1.00763, 104.70381),
    "21.02": ("Kabupaten Karimun", 0.82553, 103.53107),
    "14.71": ("Kota Pekanbaru", 0.55128, 101.46573),
    "19.71": ("Kota Pangkal Pinang", -2.11051, 106.11321),
    "19.01": ("Kabupaten Bangka", -1.90428, 105.91963),
    "19.04": ("Kabupaten Bangka Tengah", -2.43243, 106.23391),
    "19.05": ("Kabupaten Bangka Barat", -1.88921, 105.48763),
    "19.02": ("Kabupaten Belitung", -2.8676, 107.71018),
    "16.71": ("Kota Palembang", -2.97172, 104.74132),
    "74.71": ("Kota Kendari", -3.99771, 122.53288),
    "74.05": ("Kabupaten Konawe Selatan", -4.26273, 122.42331),
    "74.02": ("Kabupaten Konawe", -3.53088, 121.86332),
    "74.09": ("Kabupaten Konawe Utara", -3.3907, 122.03045),
    "74.01": ("Kabupaten Kolaka", -4.07451, 121.52199),
    "74.72": ("Kota Bau Bau", -5.42877, 122.6758),
    "73.71": ("Kota Makassar", -5.13561, 119.4639),
    "82.71": ("Kota Ternate", 0.83848, 127.17253),
    "82.72": ("Kota Tidore Kepulauan", 0.47928, 127.67501),
    "82.01": ("Kabupaten Halmahera Barat", 1.35172, 127.5908),
    "82.02": ("Kabupaten Halmahera Tengah", 0.40187, 128.29531),
    "82.03": ("Kabupaten Halmahera Utara", 1.55437, 127.8348),
    "71.71": ("Kota Manado", 1.52492, 124.8479),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "14": "Riau",
    "16": "Sumatera Selatan",
    "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau",
    "31": "DKI Jakarta",
    "71": "Sulawesi Utara",
    "73": "Sulawesi Selatan",
    "74": "Sulawesi Tenggara",
    "82": "Maluku Utara",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "14": ["RIAU", "PROV. RIAU"],
    "16": ["SUMATERA SELATAN", "SUMSEL"],
    "19": ["KEPULAUAN BANGKA BELITUNG", "BABEL", "KEP. BABEL", "PROV. KEP. BANGKA BELITUNG"],
    "21": ["KEPULAUAN RIAU", "KEPRI", "PROV. KEPRI", "PROVINSI KEPULAUAN RIAU"],
    "31": ["DKI JAKARTA", "DKI"],
    "71": ["SULAWESI UTARA", "SULUT"],
    "73": ["SULAWESI SELATAN", "SULSEL"],
    "74": ["SULAWESI TENGGARA", "SULTRA", "PROV. SULTRA", "PROVINSI SULAWESI TENGGARA"],
    "82": ["MALUKU UTARA", "MALUT", "PROV. MALUT", "PROVINSI MALUKU UTARA"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "21.71": ["!", "KOTA BATAM", "BATAM", "PULAU BATAM", "KOTAMADYA BATAM", "KOTA BATAM (KEPRI)"],
    "21.72": ["TANJUNGPINANG", "KOTA TANJUNGPINANG", "TG. PINANG"],
    "21.01": ["BINTAN", "KAB. KEPULAUAN RIAU", "KAB. BINTAN (BINTAN TIMUR)"],
    "21.02": ["KARIMUN", "TANJUNG BALAI KARIMUN", "TBK"],
    "14.71": ["PEKANBARU", "KOTA PEKAN BARU"],
    "19.71": [
        "!",
        "KOTA PANGKALPINANG",
        "PANGKALPINANG",
        "PANGKAL PINANG",
        "KODYA PANGKALPINANG",
        "KOTA PANGKAL PINANG (BABEL)",
    ],
    "19.01": ["BANGKA", "KAB. BANGKA (SUNGAILIAT)", "SUNGAILIAT"],
    "19.04": ["BANGKA TENGAH", "KAB. BATENG", "KAB. BANGKA TENGAH (KOBA)"],
    "19.05": ["BANGKA BARAT", "KAB. BABAR", "MUNTOK", "MENTOK"],
    "19.02": ["BELITUNG", "TANJUNG PANDAN", "KAB. BELITUNG (TANJUNGPANDAN)"],
    "16.71": ["PALEMBANG", "KOTA PALEMBANG"],
    "74.71": ["!", "KOTA KENDARI", "KENDARI", "KODYA KENDARI", "KOTA KENDARI (SULTRA)"],
    "74.05": ["KONAWE SELATAN", "KONSEL", "KAB. KONSEL (ANDOOLO)"],
    "74.02": ["KONAWE", "KAB. KONAWE (UNAAHA)", "KAB. KENDARI"],
    "74.09": ["KONAWE UTARA", "KONUT", "KAB. KONUT (WANGGUDU)"],
    "74.01": ["KOLAKA", "KAB. KOLAKA (POMALAA)"],
    "74.72": ["BAUBAU", "KOTA BAUBAU", "BAU-BAU"],
    "73.71": ["MAKASSAR", "KOTA MAKASSAR", "UJUNG PANDANG"],
    "82.71": ["!", "KOTA TERNATE", "TERNATE", "KODYA TERNATE", "KOTA TERNATE (MALUT)"],
    "82.72": ["TIDORE", "KOTA TIDORE", "TIDORE KEPULAUAN", "SOFIFI"],
    "82.01": ["HALMAHERA BARAT", "HALBAR", "KAB. HALBAR (JAILOLO)"],
    "82.02": ["HALMAHERA TENGAH", "HALTENG", "KAB. HALTENG (WEDA)"],
    "82.03": ["HALMAHERA UTARA", "HALUT", "KAB. HALUT (TOBELO)"],
    "71.71": ["MANADO", "KOTA MANADO"],
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
    "lkp": ["peserta kursus dan tempat magang untuk peserta", "kerja sama penyaluran lulusan"],
    "pkbm": ["mitra keterampilan untuk warga belajar", "tutor dan sarana praktik"],
    "skb": ["mitra penyelenggara kelas di desa"],
    "smk": ["tempat prakerin bagi siswa dan rekrutmen alumni", "guru tamu dari industri"],
    "dudi": [
        "tenaga kerja terampil siap pakai",
        "mitra pemasok dan pelanggan lokal",
        "program CSR yang tepat sasaran",
    ],
    "donor": [
        "lembaga lokal yang transparan sebagai mitra pelaksana",
        "penerima manfaat yang terdata dan laporan penggunaan dana",
    ],
    "ormas": ["pelatihan dan modal usaha bagi anggota", "pendamping dan jejaring pemasaran"],
    "tokoh_masyarakat": ["program nyata untuk warga", ""],
    "pusat_karya": ["perajin muda dan pembeli baru", "pemasaran produk ke luar daerah"],
    "perguruan_tinggi": ["lokasi KKN dan mitra penelitian", "desa binaan untuk pengabdian"],
    "koperasi": ["anggota baru dan mitra pemasaran"],
    "bumdes": ["mitra investasi dan pemasaran produk desa"],
}

DIRECTORIES = []  # (base name, id prefix, header of the one-column offer column, block)


# ---------------------------------------------------------------------------------------------
# 1. Kepulauan Riau: Kota Batam (21.71)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_batam",
        "BTM",
        "Dukungan yang Ditawarkan",
        """
dinas g | Dinas Tenaga Kerja Kota Batam | 21.71 | p=pelatihan berbasis kompetensi bagi pencari kerja ber-KTP Batam: las SMAW, operator produksi, barista {64} | h=bursa kerja, layanan kartu AK/1 dan info lowongan kawasan industri {300}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Provinsi Kepulauan Riau | 21.72 | p=pemagangan dalam negeri di galangan kapal dan pabrik mitra di Batam bagi lulusan LPK yang diusulkan lembaga {40} | h=penempatan AKAD ke perusahaan di Batam, Bintan dan Karimun {100}
dinas g | Dinas Koperasi dan UKM Kota Batam | 21.71 | d=pinjaman dana bergulir bagi UMKM ber-NIB, jasa 3 % setahun, hingga Rp 25 jt per usaha {Rp 500.000.000} | p=pelatihan kemasan, foto produk dan pendampingan sertifikat halal {40}
dinas g | Dinas Koperasi dan UKM Provinsi Kepri | 21.72 | d=dana bergulir bagi koperasi dan kelompok usaha se-Kepulauan Riau, jasa 2 % {Rp 1 M}
dinas g | Dinas Perindustrian dan Perdagangan Kota Batam | 21.71 | t=pendamping IKM pangan {2} | h=gerai produk IKM di Bandara Hang Nadim dan Pelabuhan Harbour Bay, produk wajib PIRT dan halal {40:produk}
dinas g | Dinas Kebudayaan dan Pariwisata Kota Batam | 21.71 | h=stan kuliner Melayu di Festival Batam dan pasar malam Dataran Engku Putri tiap malam Minggu {30:produk}
dinas g | Dinas Sosial Kota Batam | 21.71 | d=bantuan usaha KUBE bagi keluarga penerima PKH yang terdaftar di DTKS {Rp 20.000.000} | p=pelatihan keterampilan bagi penyandang disabilitas {20}
dinas g | Dinas Perikanan Kota Batam | 21.71 | t=penyuluh perikanan {2} | s=bantuan freezer dan alat pengolah ikan bagi poklahsar terdaftar {10} | p=pelatihan diversifikasi olahan ikan: otak-otak, kerupuk, bakso ikan {25}
dinas g | Dinas Kesehatan Kota Batam | 21.71 | t=petugas SPP-IRT {2} | p=penyuluhan keamanan pangan dan penerbitan PIRT {40}
dinas g | Cabang Dinas Pendidikan Provinsi Kepri Wilayah Batam | 21.71 | p=memfasilitasi MoU prakerin SMK dan LKP dengan DUDI di kawasan industri {10}
blk g | UPTD Balai Latihan Kerja Provinsi Kepri di Batam | 21.71 | t=instruktur las SMAW dan FCAW bersertifikat {3} | s=bengkel las 12 booth bisa dipinjam LPK di luar jadwal pelatihan {12} | p=pelatihan las SMAW 3G/4G 240 JP {16}
donor m | BAZNAS Kota Batam | 21.71 | d=Batam Makmur: zakat produktif modal usaha bagi mustahik dan kelompok usaha mustahik {Rp 300.000.000}
donor s | Bank Riau Kepri Syariah Cabang Batam | 21.71 | d=KUR syariah dan pembiayaan usaha mikro tanpa agunan sampai Rp 50 jt {Rp 3 M}
donor s | TJSL Badan Usaha Pelabuhan Batu Ampar | 21.71 | d=bantuan modal dan peralatan bagi UMKM kelurahan ring 1 Kecamatan Batu Ampar {Rp 250.000.000}
donor s | CSR PT Galangan Kapal Tanjung Uncang | 21.71 | d=beasiswa sertifikasi las bagi pemuda Kelurahan Tanjung Uncang dan Sungai Binti {Rp 150.000.000} | p=magang welder 3 bulan di galangan bagi lulusan LPK yang lulus uji las dasar {15} | h=rekrut welder 3G/6G bersertifikat {30}
dudi s | PT Batam Shipyard Sekupang | 21.71 | p=OJT fitter dan welder di galangan, peserta wajib sertifikat las dasar {10} | h=rekrut welder dan fitter kontrak proyek {40}
dudi s | PT Elektronik Presisi Batamindo (Muka Kuning) | 21.71 | p=magang operator produksi elektronik 6 bulan bagi lulusan SMA/SMK {50} | h=rekrut operator produksi perempuan {100}
dudi s | Bengkel Las dan Konstruksi Baja Tiban | 21.71 | p=terima anak magang las harian {3} | h=butuh tukang las {2}
dudi s | Toko Teknik Las Sumber Baja Jodoh | 21.71 | s=jual mesin las inverter, kawat las dan APD, bisa dicicil 6 bulan
dudi s | PT Offshore Fabrikasi Kabil | 21.71 | t=QC inspector las bersertifikat bisa menjadi penguji tamu {1} | p=magang fabrikasi anjungan lepas pantai 2 bulan {8} | h=rekrut welder pipa 6G {20}
dudi s | Hotel Harbour Bay Batam | 21.71 | h=memesan otak-otak dan kue Melayu untuk sarapan prasmanan {200:bungkus/minggu}
dudi s | Pusat Oleh-oleh Nagoya Batam | 21.71 | h=titip jual kek pisang, kue bingka dan otak-otak kemasan beku berlabel PIRT {60:produk}
dudi s | Swalayan Mitra Keluarga Batam Centre | 21.71 | h=konsinyasi produk beku UMKM berlabel halal MUI {40:produk}
dudi s | Lapak Ikan Segar Pasar Tos 3000 Jodoh | 21.71 | h=menjual ikan tenggiri dan ikan parang segar ke pengolah otak-otak {300:kg/minggu}
dudi s | Toko Bahan Kue dan Kemasan Batu Aji | 21.71 | s=jual vakum sealer, plastik kemasan dan kotak kue, diskon grosir
dudi s | Restoran Seafood Kelong Barelang | 21.71 | h=membeli otak-otak bakar dari pembuat rumahan untuk menu pembuka {300:biji/hari}
dudi s | Toko Duty Free Terminal Feri Batam Centre | 21.71 | h=menjual oleh-oleh khas Batam kepada wisatawan Singapura dan Malaysia, produk wajib izin edar BPOM MD {30:produk}
dudi s | Reseller Otak-otak Batam Online | 21.71 | h=menjual otak-otak beku lewat marketplace ke Jakarta dan Pekanbaru, bagi hasil 15 % {50:produk}
dudi s | CV Otak-otak Sinar Batam | 21.71 | h=jasa maklon otak-otak dan kemasan beku dengan merek UMKM pemesan, minimal 1.000 bungkus
lkp m | LPK Welding Batam Jaya | 21.71 | p=kursus las 6G dan penempatan magang peserta sendiri ke galangan jaringan alumni {20} | h=penyaluran alumni ke galangan {10}
lkp m | LKP Tata Boga Melayu Serumpun | 21.71 | t=instruktur kue Melayu dan olahan ikan {2} | p=kursus kue bingka, otak-otak dan laksa berbayar {15}
smk m | SMK Negeri 1 Batam (Teknik Pengelasan dan Perkapalan) | 21.71 | t=guru produktif las bisa mengajar kelas lembaga lain sore hari {2} | s=bengkel las bisa dipinjam hari Sabtu {1} | p=siswa PKL las yang mencari tempat prakerin {40}
pkbm m | PKBM Tunas Bangsa Batu Aji | 21.71 | t=tutor kesetaraan {3} | p=warga belajar Paket C yang ingin kursus las dan mencari tempat magang {20}
perguruan_tinggi m | Politeknik Kepulauan Batam (Prodi Teknik Mesin) | 21.71 | t=dosen pengelasan dan asesor LSP las {2} | s=laboratorium las dan uji tarik {1}
perguruan_tinggi m | Universitas Hang Nadim (Prodi Teknologi Pangan) | 21.71 | t=dosen pendamping PIRT dan uji umur simpan {2} | p=pelatihan pengemasan beku dan vakum bagi UMKM pangan {25}
ormas m | TP PKK Kota Batam | 21.71 | p=kader PKK penggerak {40} | h=bazar PKK di Dataran Engku Putri setiap Minggu pagi {25:produk}
ormas m | Lembaga Adat Melayu Kota Batam | 21.71 | h=memesan kue Melayu dan otak-otak untuk kenduri dan acara adat {20:acara/tahun}
ormas m | Ikatan Perusahaan Galangan Kapal Batam | 21.71 | p=menyalurkan peserta magang ke galangan anggota bagi lembaga pelatihan terakreditasi {30} | h=informasi lowongan welder dari 20 galangan anggota
tokoh_masyarakat m | Mak Limah (pembuat otak-otak senior Tanjung Riau) | 21.71 | t=mau mengajari resep otak-otak dan kue bingka {1}
tokoh_masyarakat m | Pak Sulaiman (pensiunan welder galangan) | 21.71 | t=mau melatih las pipa anak muda, tidak punya sertifikat instruktur {1}
tokoh_masyarakat m | Ketua RW Kampung Tua Tanjung Riau | 21.71 | p=menggerakkan warga dan sosialisasi program
koperasi m | Koperasi Nelayan Belakang Padang | 21.71 | d=simpan pinjam khusus anggota nelayan {Rp 80.000.000} | h=menjual ikan hasil tangkapan anggota ke pengolah {2:ton/minggu}
pusat_karya m | Rumah Produksi Bersama UMKM Batam Centre | 21.71 | s=dapur produksi bersama berstandar PIRT dengan freezer dan vakum sealer, sewa per jam {1}
dudi s | Bengkel Las Pak Amin | 21.71 tidak | p=terima magang las {3} | h=butuh tukang las {1}
dudi s | Toko Kue Bingka Mak Uteh | 21.71 tidak | h=membeli otak-otak titipan {100:bungkus/minggu}
dudi s | Galangan Kecil Pulau Buluh | 21.71 x | p=bisa terima magang
donor m | Yayasan Peduli Batam | 21.71 x | d=bantuan
dudi s | PT Galangan Kapal Karimun | 21.02 | p=magang welder 3 bulan di Tanjung Balai Karimun, mess disediakan {10} | h=rekrut welder {15}
dudi s | Toko Oleh-oleh Tanjung Pinang | 21.72 | h=titip jual kue dan otak-otak buatan Tanjung Pinang dan Bintan {40:produk}
lkp m | LPK Las Bintan Mandiri | 21.01 | t=instruktur las 6G bersertifikat, bisa mengajar di Batam akhir pekan dengan biaya transport {2}
dudi s | PT Kawasan Industri Lobam Bintan | 21.01 | p=magang operator produksi {20}
dudi s | PT Fabrikasi Baja Pekanbaru | 14.71 | p=magang welder {5}
dudi s | Toko Daring Kuliner Melayu Jakarta | 31.74 | h=membeli otak-otak beku dan kue bingka dari UMKM Batam tiap bulan, dikirim beku lewat kargo udara {500:bungkus/bulan}
donor s | Program Hibah Modal UMKM Pangan Pesisir (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok perempuan pengolah hasil laut dari seluruh Indonesia, proposal daring {Rp 25.000.000}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 2. Kepulauan Bangka Belitung: Kota Pangkalpinang (19.71)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_pangkalpinang",
        "PGK",
        "Jenis Bantuan/Kerja Sama",
        """
dinas g | Dinas Tenaga Kerja Kota Pangkalpinang | 19.71 | p=pelatihan berbasis kompetensi bagi pencari kerja: menjahit, tata boga, barista {48} | h=bursa kerja dan kartu AK/1 {200}
dinas g | Dinas Koperasi dan UKM Kota Pangkalpinang | 19.71 | d=pinjaman dana bergulir bagi UMKM ber-NIB, jasa 3 % setahun {Rp 400.000.000} | p=pendampingan NIB, PIRT dan sertifikat halal {40}
dinas g | Dinas Koperasi dan UKM Provinsi Kepulauan Bangka Belitung | 19.71 | d=dana bergulir bagi koperasi dan kelompok usaha perempuan se-Babel, jasa 2 % setahun {Rp 1 M}
dinas g | Dinas Perindustrian dan Perdagangan Kota Pangkalpinang | 19.71 | t=pendamping IKM {1} | h=galeri IKM Babel di Jalan Jenderal Sudirman: kurasi kerupuk, getas, tenun cual dan kerajinan timah {40:produk}
dinas g | Dinas Pariwisata Provinsi Kepulauan Bangka Belitung | 19.71 | h=stan kuliner dan kriya di Festival Bangka Belitung dan Pangkalpinang Culture Night {30:produk}
dinas g | Dinas Sosial Kota Pangkalpinang | 19.71 | d=bantuan KUBE bagi keluarga DTKS penerima PKH {Rp 20.000.000} | p=pelatihan keterampilan bagi perempuan rawan sosial ekonomi {20}
dinas g | Dinas Pendidikan Kota Pangkalpinang (Bidang PNF) | 19.71 | d=BOP kesetaraan dan dana PKW bagi PKBM terakreditasi {Rp 60.000.000} | t=penilik dan pamong belajar pendamping PKBM {2}
dinas g | Dinas Kesehatan Kota Pangkalpinang | 19.71 | t=petugas SPP-IRT {2} | p=penyuluhan keamanan pangan dan penerbitan PIRT {40}
dinas g | Dinas Perikanan Kota Pangkalpinang | 19.71 | s=bantuan alat pengolah kerupuk (mesin giling, oven pengering) bagi poklahsar terdaftar {8} | p=pelatihan olahan ikan: kerupuk, getas dan kemplang {25}
blk g | UPTD Balai Latihan Kerja Provinsi Kepulauan Bangka Belitung | 19.71 | t=instruktur menjahit dan tata boga {3} | p=pelatihan menjahit 160 JP {16}
donor m | BAZNAS Kota Pangkalpinang | 19.71 | d=zakat produktif modal usaha bagi mustahik perempuan kepala keluarga dan kelompok usaha mustahik {Rp 250.000.000}
donor s | Bank Sumsel Babel Cabang Pangkalpinang | 19.71 | d=KUR mikro dan kredit usaha perempuan tanpa agunan sampai Rp 25 jt per orang {Rp 2 M}
donor s | TJSL Perusahaan Penambangan Timah Bangka | 19.01 | d=bantuan modal usaha bagi desa ring 1 tambang di Kecamatan Belinyu dan Riau Silip {Rp 300.000.000} | s=bibit tanaman untuk reklamasi lahan bekas tambang {5000:bibit}
donor s | CSR PT Smelter Timah Pangkalpinang | 19.71 | d=program kemitraan: bantuan modal kelompok perempuan di kelurahan ring 1 Kecamatan Gerunggang dan Bukit Intan {Rp 200.000.000}
donor s | TJSL Bandara Depati Amir | 19.71 | d=bantuan alat dan modal bagi UMKM desa ring 1 Kecamatan Pangkalan Baru (Bangka Tengah) {Rp 100.000.000}
donor s | Program Hibah Usaha Perempuan Kepala Keluarga (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok perempuan kepala keluarga pengolah pangan dari seluruh Indonesia, diajukan lembaga pendamping atau dinas {Rp 50.000.000}
donor m | Yayasan Perempuan Mandiri Serumpun Sebalai | 19.71 | d=modal usaha Rp 2 jt per anggota bagi kelompok simpan pinjam perempuan binaan yayasan {Rp 60.000.000}
donor m | LAZ Babel Peduli | 19.71 | d=qardhul hasan bagi pedagang kecil Pasar Pagi dan Pasar Ratu Tunggal {Rp 100.000.000}
dudi s | Toko Oleh-oleh Bangka Jaya | 19.71 | h=membeli putus kerupuk ikan, getas dan rusip kemasan berlabel PIRT {300:bungkus/minggu}
dudi s | Pusat Oleh-oleh Kerupuk Jalan Depati Hamzah | 19.71 | h=titip jual kerupuk, getas, kemplang dan lada putih {50:produk}
dudi s | Swalayan Sinar Babel | 19.71 | h=konsinyasi produk UMKM berlabel PIRT dan halal {40:produk}
dudi s | Rumah Makan Lempah Kuning Bangka | 19.71 | h=membeli kerupuk ikan dari pembuat rumahan untuk pelengkap lempah {30:kg/minggu}
dudi s | Lapak Ikan Segar Pasar Pagi | 19.71 | h=menjual ikan tenggiri dan ikan parang ke pembuat kerupuk dan otak-otak {200:kg/minggu}
dudi s | Toko Bahan Kue dan Kemasan Bukit Intan | 19.71 | s=jual tepung tapioka, plastik kemasan dan sealer, bisa dicicil
dudi s | Hotel Bangka Bahari | 19.71 | h=memesan suvenir tenun cual untuk tamu dan MICE {40:lembar/tahun}
dudi s | Butik Cual Serumpun | 19.71 | h=membeli kain tenun cual motif kembang kundur dari penenun binaan {20:lembar/bulan}
dudi s | Toko Benang dan Alat Tenun Pangkalpinang | 19.71 | s=jual benang sutra, benang emas dan ATBM baru maupun bekas, bisa dicicil 10 bulan
pusat_karya m | Rumah Tenun Cual Pangkalpinang | 19.71 | t=penenun cual senior mengajar di sentra, peserta datang ke sentra {2} | s=ATBM dipinjamkan ke kelompok belajar selama 6 bulan {4} | h=membeli kain dari penenun binaan {30:lembar/bulan}
lkp m | LKP Tenun dan Busana Melati | 19.71 | t=instruktur tenun ATBM dan menjahit, dengan biaya kursus per peserta {2} | p=kursus tenun cual 3 bulan berbayar {12}
lkp m | LKP Cual Bangka Mandiri | 19.71 | p=kursus tenun dan penempatan lulusan ke sentra jaringan alumni sendiri {15}
dudi s | Galeri Kerajinan Timah (Pewter) Pangkalpinang | 19.71 | p=magang kerajinan pewter {3} | h=membeli suvenir timah dari perajin binaan {50:buah/bulan}
smk m | SMK Negeri 3 Pangkalpinang (Kriya Kreatif Tekstil) | 19.71 | t=guru kriya tekstil bisa mengajar tenun di lembaga lain sore hari {2} | s=5 ATBM di bengkel kriya bisa dipakai hari Sabtu {5} | p=siswa PKL kriya yang mencari tempat prakerin {20}
perguruan_tinggi m | Universitas Serumpun Sebalai (Prodi Desain) | 19.71 | t=dosen desain tekstil pendamping motif tenun cual {2}
ormas m | TP PKK Kota Pangkalpinang | 19.71 | p=kader PKK penggerak {40} | h=bazar PKK di Alun-alun Taman Merdeka setiap Minggu {20:produk}
ormas m | Dekranasda Kota Pangkalpinang | 19.71 | t=pembina kerajinan {1} | h=pameran kerajinan dan tenun cual di Inacraft dan galeri Dekranasda {30:produk}
ormas m | Ikatan Penenun Cual Bangka | 19.71 | t=anggota penenun yang bersedia melatih kelompok baru di Pangkalpinang dua kali seminggu, honor dari lembaga {3}
ormas m | Lembaga Adat Melayu Kota Pangkalpinang | 19.71 | h=memesan kain cual untuk busana adat pengantin dan acara adat {15:lembar/tahun}
tokoh_masyarakat m | Mak Siti (penenun cual senior Bukit Besar) | 19.71 | t=mau mengajari tenun cual motif kembang kundur di rumahnya tiga kali seminggu {1}
tokoh_masyarakat m | Bu Rohana (pembuat kerupuk senior Pasir Padi) | 19.71 | t=mau mengajari membuat kerupuk ikan dan getas {1}
koperasi m | Koperasi Wanita Serumpun Sebalai | 19.71 | d=simpan pinjam khusus anggota, angsuran mingguan {Rp 120.000.000} | h=memasarkan kerupuk anggota ke warung {20:produk}
dudi s | UD Kerupuk Ikan Babel Jaya | 19.71 | h=membeli putus kerupuk mentah dari pembuat rumahan untuk digoreng dan dikemas merek sendiri {500:kg/bulan}
dudi s | CV Timah Mas Jaya (kontraktor tambang) | 19.71 | d=bantuan sembako Hari Raya bagi warga sekitar {Rp 30.000.000}
dudi s | Butik Kain Cual Bangka Lama | 19.71 tidak | h=membeli kain cual {10:lembar/bulan}
pusat_karya m | Sanggar Tenun Kampung Gedong | 19.71 tidak | t=pelatih tenun cual {2}
dudi s | Toko Kerupuk Pak Ahong | 19.71 x | h=bisa ambil kerupuk
donor m | Yayasan Babel Peduli | 19.71 x | d=bantuan
dudi s | Toko Oleh-oleh Pantai Parai Sungailiat | 19.01 | h=titip jual kerupuk dan getas untuk wisatawan pantai {30:produk}
pusat_karya m | Sentra Tenun Cual Muntok | 19.05 | t=penenun senior, bisa melatih di Pangkalpinang bila transport dan penginapan ditanggung {2} | h=membeli kain dari penenun Muntok {20:lembar/bulan}
dudi s | Pengumpul Lada Putih Muntok | 19.05 | h=menjual lada putih ke eksportir {10:ton/bulan}
dinas g | Dinas Pertanian Kabupaten Bangka Tengah | 19.04 | s=bantuan bibit lada bagi petani Bangka Tengah {1000:bibit}
donor s | TJSL PT Reklamasi Timah Koba | 19.04 | d=modal usaha bagi desa ring 1 di Kecamatan Koba {Rp 150.000.000} | s=reklamasi lahan bekas tambang dengan nanas dan sengon
dudi s | Pusat Oleh-oleh Tanjung Pandan Belitung | 19.02 | h=titip jual kerupuk dan kerajinan khas Belitung {40:produk}
dudi s | Toko Songket Palembang | 16.71 | h=membeli kain tenun dari perajin Palembang {30:lembar/bulan}
dudi s | Galeri Wastra Nusantara Jakarta (toko daring) | 31.74 | h=membeli kain tenun cual Bangka dari penenun Pangkalpinang tiap bulan {20:lembar/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 3. Sulawesi Tenggara: Kota Kendari (74.71)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_kendari",
        "KDI",
        "Uraian Potensi Mitra",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Provinsi Sulawesi Tenggara | 74.71 | p=pemagangan di perusahaan tambang dan smelter mitra bagi lulusan SMK dan LPK yang diusulkan lembaga {60} | h=penempatan tenaga kerja ke kawasan industri Morosi dan Pomalaa {200}
dinas g | Dinas Tenaga Kerja Kota Kendari | 74.71 | p=pelatihan operator forklift dan las bagi pencari kerja {32} | h=bursa kerja {200}
dinas g | Dinas Pendidikan dan Kebudayaan Provinsi Sultra (Bidang SMK) | 74.71 | p=memfasilitasi dan menghubungkan SMK dengan DUDI untuk prakerin, tidak menempatkan siswa {10}
dinas g | Dinas Perindustrian dan Perdagangan Kota Kendari | 74.71 | t=pendamping IKM kerajinan perak {1} | s=pinjam pakai peralatan perak (mesin giling kawat, blender gas) di UPT Sentra Kerajinan Perak bagi IKM binaan {6} | h=galeri IKM {40:produk}
dinas g | Dinas Koperasi dan UKM Kota Kendari | 74.71 | d=dana bergulir UMKM, jasa 3 % setahun {Rp 500.000.000} | p=pelatihan kewirausahaan dan pendampingan NIB {40}
dinas g | Dinas Pariwisata Kota Kendari | 74.71 | h=stan kerajinan di Festival Teluk Kendari dan kawasan Kendari Beach {30:produk}
dinas g | Dinas ESDM Provinsi Sulawesi Tenggara | 74.71 | t=inspektur tambang narasumber K3 pertambangan {1}
blk g | UPTD Balai Latihan Kerja Provinsi Sulawesi Tenggara | 74.71 | t=instruktur alat berat dan mekanik diesel bersertifikat {3} | s=simulator excavator dan bengkel diesel bisa dipakai SMK di luar jadwal {2} | p=pelatihan operator excavator 240 JP {16}
donor m | BAZNAS Kota Kendari | 74.71 | d=zakat produktif modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 250.000.000}
donor s | Bank Sultra Cabang Utama Kendari | 74.71 | d=KUR mikro dan kredit usaha perajin tanpa agunan sampai Rp 50 jt {Rp 3 M}
donor s | TJSL Pelabuhan Bungkutoko (Kendari New Port) | 74.71 | d=bantuan modal dan alat usaha bagi UMKM kelurahan ring 1 Kecamatan Abeli dan Nambo {Rp 200.000.000}
donor s | CSR PT Smelter Nikel Morosi | 74.02 | d=bantuan modal usaha desa lingkar smelter Kecamatan Morosi dan Bondoala {Rp 500.000.000} | p=prakerin mekanik alat berat dan operator 3 bulan di area smelter bagi SMK se-Sultra yang diusulkan sekolah, mess dan antar-jemput dari Kendari {30} | h=rekrut operator dan mekanik lulusan SMK {50}
donor s | CSR PT Tambang Nikel Konawe Utara | 74.09 | d=modal usaha desa ring 1 Kecamatan Langgikima {Rp 300.000.000}
donor s | Program Hibah Alat Produksi IKM Kriya (seleksi nasional) | 31.74 | s=hibah alat produksi bagi kelompok perajin dari seluruh Indonesia, proposal daring dan seleksi {5}
donor m | Yayasan Kriya Anoa | 74.71 | s=hibah peralatan kerja perak (blender gas, tang, landasan, kikir) bagi kelompok perajin perempuan di Kota Kendari {10}
dudi s | Galeri Perak Kendari Sultra | 74.71 | h=membeli putus perhiasan perak filigree dari perajin {50:buah/bulan}
dudi s | Toko Emas dan Perak Pasar Sentral Kota | 74.71 | s=jual perak batangan dan kawat perak bahan baku ke perajin {5:kg/bulan}
dudi s | Toko Alat Perhiasan Mandonga | 74.71 | s=jual mesin giling kawat, blender gas, kikir dan tang perhiasan, bisa dicicil
dudi s | Hotel Teluk Kendari | 74.71 | p=prakerin perhotelan bagi SMK pariwisata {6} | h=memesan suvenir perak untuk tamu VIP {30:buah/bulan}
dudi s | Pusat Oleh-oleh Kendari | 74.71 | h=titip jual kacang mete, kerajinan rotan kasuari dan perak {40:produk}
dudi s | PT Traktor Sulawesi Cabang Kendari (diler alat berat) | 74.71 | t=mekanik senior bisa menjadi guru tamu {1} | p=prakerin mekanik alat berat 3 bulan bagi SMK yang sudah MoU {8} | h=rekrut mekanik lulusan SMK Teknik Alat Berat {6}
dudi s | CV Bengkel Alat Berat Anduonohu | 74.71 | p=terima siswa PKL mekanik alat berat {4} | h=butuh mekanik {2}
dudi s | Bengkel Truk dan Diesel Puuwatu | 74.71 | p=PKL servis truk diesel {3}
dudi s | Rental Alat Berat Kendari | 74.71 | s=sewa excavator dan dump truck | h=rekrut operator excavator ber-SIO {5}
dudi s | Bengkel Mobil Kendari Auto | 74.71 | p=magang servis mobil {3}
dudi s | Toko Sparepart Alat Berat Wua-Wua | 74.71 | s=jual sparepart dan hydraulic tools
dudi s | PT Konstruksi Anoa Kendari | 74.71 | p=PKL di proyek jalan sebagai helper operator alat berat {6} | h=rekrut operator {4}
dudi s | Butik Tenun Buton Kendari | 74.71 | h=membeli kain tenun Buton dari penenun {20:lembar/bulan}
dudi s | Reseller Perhiasan Perak Online Kendari | 74.71 | h=menjual perhiasan perak lewat marketplace, bagi hasil 20 % {40:produk}
lkp m | LPK Operator Alat Berat Sultra | 74.71 | p=kursus operator dan penempatan magang peserta sendiri ke tambang jaringan alumni {20} | h=penyaluran alumni {10}
lkp m | LKP Perhiasan Perak Kendari | 74.71 | t=instruktur perhiasan filigree {2} | p=kursus filigree berbayar {10}
smk m | SMK Negeri 2 Kendari (Teknik Otomotif) | 74.71 | t=guru otomotif {2} | p=siswa PKL otomotif yang mencari tempat prakerin {30}
pkbm m | PKBM Anoa Mandiri | 74.71 | p=warga belajar yang ingin kursus kerajinan perak dan mencari tempat praktik {15}
perguruan_tinggi m | Universitas Teluk Kendari (Fakultas Teknik Mesin) | 74.71 | t=dosen teknik mesin narasumber hidrolik alat berat {2} | s=laboratorium hidrolik {1}
perguruan_tinggi m | Politeknik Kendari (Prodi Desain Produk) | 74.71 | t=dosen desain perhiasan {2} | s=laboratorium logam dengan rolling mill dan tungku lebur, bisa dipakai kelompok perajin binaan dua hari seminggu {1}
ormas m | TP PKK Kota Kendari | 74.71 | p=kader PKK penggerak {40} | h=bazar PKK di MTQ Square setiap Minggu {20:produk}
ormas m | Dekranasda Provinsi Sulawesi Tenggara | 74.71 | h=pameran kerajinan perak dan tenun di Inacraft {30:produk}
ormas m | Asosiasi Perajin Perak Kendari | 74.71 | s=pinjam pakai bersama alat pelebur dan mesin giling kawat di rumah ketua asosiasi, khusus anggota {2} | h=pemesanan kolektif dari toko di Makassar dan Bali {100:buah/bulan}
ormas m | Lembaga Adat Tolaki Kota Kendari | 74.71 | h=memesan perhiasan perak untuk busana adat pengantin Tolaki {20:set/tahun}
ormas m | Himpunan Kontraktor Pertambangan Sultra | 74.71 | p=menyalurkan siswa prakerin ke kontraktor anggota {20} | h=informasi lowongan operator dan mekanik
tokoh_masyarakat m | Pak Haji Basri (perajin perak senior Lepo-Lepo) | 74.71 | t=mau mengajari teknik filigree {1} | s=meminjamkan satu set alat bekas (blender, tang, landasan) {1}
tokoh_masyarakat m | Pak Sudirman (pensiunan mekanik alat berat) | 74.71 | t=mau menjadi guru tamu hidrolik dan engine alat berat {1}
koperasi m | Koperasi Perajin Perak Kendari | 74.71 | d=simpan pinjam anggota {Rp 80.000.000} | s=jual perak bahan dan kawat kepada anggota dengan harga grosir
dudi s | Bengkel Alat Berat Baruga | 74.71 tidak | p=terima PKL {4}
dudi s | Galeri Perak Lama Kendari | 74.71 tidak | h=membeli perhiasan perak {30:buah/bulan}
dudi s | Bengkel Pak Udin | 74.71 x | p=bisa terima PKL
donor m | Yayasan Sultra Peduli | 74.71 x | d=bantuan
dudi s | PT Kontraktor Tambang Pomalaa | 74.01 | p=prakerin mekanik alat berat 3 bulan, mess disediakan {10} | h=rekrut mekanik {20}
dudi s | Toko Perhiasan Baubau | 74.72 | h=titip jual perhiasan perak {20:produk}
dudi s | Diler Alat Berat Makassar | 73.71 | p=magang mekanik 3 bulan di Makassar {10}
dudi s | Toko Perhiasan Perak Jakarta (toko daring) | 31.74 | h=membeli perhiasan perak filigree Kendari tiap bulan {50:buah/bulan}
dudi s | Pengepul Perak Makassar | 73.71 | s=menjual perak batangan ke perajin di Sulawesi, kirim ke Kendari
dinas g | Dinas Perindustrian Kabupaten Konawe Selatan | 74.05 | s=bantuan alat kerajinan bagi IKM yang berdomisili di Konawe Selatan {10}
dudi s | Bengkel Alat Berat Andoolo | 74.05 | p=PKL mekanik alat berat {3}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 4. Maluku Utara: Kota Ternate (82.71)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_ternate",
        "TTE",
        "Bentuk Dukungan",
        """
dinas g | Dinas Pariwisata Kota Ternate | 82.71 | t=narasumber sadar wisata dan pelayanan prima {2} | h=stan kuliner dan oleh-oleh di Festival Legu Gam dan kawasan Benteng Oranje {30:produk}
dinas g | Dinas Pariwisata Provinsi Maluku Utara | 82.72 | t=asesor kompetensi pemandu wisata yang bisa diperbantukan ke lembaga pelatihan di Ternate {2} | p=sertifikasi pemandu wisata BNSP gratis bagi peserta yang diusulkan lembaga {30}
dinas g | Dinas Tenaga Kerja Kota Ternate | 82.71 | p=pelatihan berbasis kompetensi: barista, pemandu wisata, tata boga {48} | h=bursa kerja {200}
dinas g | Dinas Koperasi dan UKM Kota Ternate | 82.71 | d=dana bergulir UMKM ber-NIB, jasa 3 % setahun {Rp 400.000.000} | p=pendampingan NIB, PIRT dan halal {40}
dinas g | Dinas Perindustrian dan Perdagangan Kota Ternate | 82.71 | h=gerai produk IKM di Bandara Sultan Babullah dan Pasar Gamalama, produk wajib PIRT {40:produk}
dinas g | Dinas Pertanian Kota Ternate | 82.71 | t=penyuluh kebun cengkeh dan pala {2} | s=bibit pala dan kenari bagi kelompok tani {1000:bibit}
dinas g | Dinas Kesehatan Kota Ternate | 82.71 | p=penyuluhan keamanan pangan dan penerbitan PIRT {40}
dinas g | DP3A Kota Ternate | 82.71 | d=bantuan modal usaha Rp 3 jt per orang bagi perempuan korban kekerasan {Rp 90.000.000}
blk g | UPTD Balai Latihan Kerja Provinsi Maluku Utara | 82.71 | t=instruktur tata boga dan bahasa Inggris pariwisata {2} | p=pelatihan pemandu wisata 160 JP {16}
donor m | BAZNAS Kota Ternate | 82.71 | d=zakat produktif modal usaha bagi mustahik perorangan {Rp 200.000.000}
donor s | Bank Malut Cabang Ternate | 82.71 | d=KUR mikro dan kredit usaha perempuan tanpa agunan sampai Rp 25 jt {Rp 2 M}
donor s | TJSL Pelabuhan Ahmad Yani Ternate | 82.71 | d=bantuan modal bagi UMKM kelurahan ring 1 Kecamatan Ternate Tengah {Rp 150.000.000}
donor s | CSR PT Tambang Nikel Weda Bay | 82.02 | d=dana kemitraan bagi UMKM desa lingkar tambang di Kecamatan Weda {Rp 1 M}
donor s | CSR PT Emas Halmahera Utara | 82.03 | d=beasiswa dan modal usaha bagi desa lingkar tambang Kao dan Malifut {Rp 500.000.000}
donor s | Program Hibah Modal Usaha Perempuan Pengolah Pangan (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok perempuan pengolah pangan lokal dari seluruh Indonesia, proposal daring {Rp 30.000.000}
donor m | Yayasan Jalur Rempah Maluku Utara | 82.71 | t=fasilitator pelatih pemandu wisata sejarah rempah yang datang ke lembaga dua kali seminggu selama 2 bulan {2} | p=pelatihan interpretasi jalur rempah {20}
donor m | LAZ Ternate | 82.71 | d=qardhul hasan bagi pedagang Pasar Gamalama {Rp 100.000.000}
dudi s | Toko Oleh-oleh Khas Ternate Jalan Pahlawan Revolusi | 82.71 | h=membeli putus halua kenari, bagea dan kue kenari berlabel PIRT {200:bungkus/bulan}
dudi s | Pusat Oleh-oleh Bandara Sultan Babullah | 82.71 | h=titip jual manisan pala, kopi rempah dan kue kering khas Maluku Utara {40:produk}
dudi s | Toko Kenari dan Pala Pasar Gamalama | 82.71 | h=menjual kenari kupas dan pala ke pembuat kue dan halua {300:kg/bulan}
dudi s | Hotel Gamalama Indah | 82.71 | p=magang front office dan tour desk hotel {4} | h=memesan halua kenari untuk suvenir tamu dan coffee break {100:bungkus/bulan}
dudi s | Agen Perjalanan Ternate Spice Tour | 82.71 | t=pemandu senior berlisensi bisa menjadi pelatih tamu {1} | p=magang pemandu wisata 1 bulan pada paket tur jalur rempah {4} | h=rekrut pemandu lepas berbahasa Inggris {5}
dudi s | Dive Center Sulamadaha | 82.71 | p=magang asisten pemandu selam {2} | h=rekrut asisten dive guide bersertifikat {2}
dudi s | Kafe Rempah Landmark Ternate | 82.71 | h=titip jual kue kenari dan halua {20:produk}
dudi s | Toko Kemasan dan Bahan Kue Bastiong | 82.71 | s=jual gula aren, kemasan dan sealer, bisa dicicil
dudi s | UD Pala dan Cengkeh Malut (eksportir) | 82.71 | h=membeli biji pala dan fuli kering dari petani {5:ton/bulan}
dudi s | Swalayan Gamalama Mart | 82.71 | h=konsinyasi produk UMKM berlabel PIRT dan halal {40:produk}
dudi s | Operator Speedboat Wisata Ternate-Tidore | 82.71 | p=magang pemandu di perahu wisata keliling pulau {2}
dudi s | Rental Mobil Wisata Ternate | 82.71 | h=rekrut sopir wisata {3}
lkp m | LKP Gamalama English Course | 82.71 | t=instruktur bahasa Inggris, kelas berbayar {2} | p=kursus bahasa Inggris pariwisata berbayar {20}
lkp m | LPK Pariwisata Maluku Utara | 82.71 | p=kursus pemandu dan penempatan magang peserta sendiri ke agen jaringan alumni {15}
lkp m | LKP Tata Boga Kie Raha | 82.71 | t=instruktur kue tradisional Ternate {2} | p=kursus kue kenari dan halua berbayar {12}
smk m | SMK Negeri 1 Ternate (Usaha Perjalanan Wisata) | 82.71 | t=guru produktif UPW bisa mengajar kelas pemandu lembaga lain sore hari {2} | p=siswa PKL UPW yang mencari tempat prakerin {30}
pkbm m | PKBM Kie Raha | 82.71 | p=warga belajar yang ingin menjadi pemandu wisata {15}
perguruan_tinggi m | Universitas Kie Raha Ternate (Prodi Sejarah) | 82.71 | t=dosen sejarah narasumber Kesultanan Ternate dan jalur rempah {2}
perguruan_tinggi m | Politeknik Pariwisata Ternate (Prodi Tata Boga) | 82.71 | t=dosen teknologi pangan pendamping PIRT dan kemasan {2} | p=pelatihan kemasan dan umur simpan halua {20}
ormas m | TP PKK Kota Ternate | 82.71 | p=kader PKK penggerak {40} | h=bazar PKK di Taman Nukila setiap Minggu {20:produk}
ormas m | Lembaga Adat Kesultanan Ternate | 82.71 | t=juru kisah adat narasumber sejarah kedaton untuk pemandu {2} | h=memesan kue adat dan halua untuk acara Kololi Kie dan Legu Gam {10:acara/tahun}
ormas m | HPI DPD Maluku Utara (Himpunan Pramuwisata Indonesia) | 82.71 | t=pemandu berlisensi anggota bersedia menjadi pelatih praktik lapangan {4} | p=uji kompetensi dan magang pemandu bersama anggota {10} | h=menyalurkan pemandu baru ke agen perjalanan anggota {10}
ormas m | Karang Taruna Kelurahan Sulamadaha | 82.71 | t=relawan pemuda {10}
tokoh_masyarakat m | Bu Jamilah (pembuat halua kenari senior Marikurubu) | 82.71 | t=mau mengajari resep halua kenari {1}
tokoh_masyarakat m | Om Rudy (pemandu wisata senior, mantan anggota HPI) | 82.71 | t=mau melatih pemandu muda sejarah benteng gratis akhir pekan, tidak berlisensi pelatih {1}
koperasi m | Koperasi Wanita Tani Gamalama | 82.71 | d=simpan pinjam khusus anggota {Rp 100.000.000} | h=memasarkan olahan anggota ke toko oleh-oleh {30:produk}
dudi s | Toko Halua Mama Ros | 82.71 tidak | h=membeli halua titipan {100:bungkus/bulan}
lkp m | LPK Pemandu Wisata Batu Angus | 82.71 tidak | t=pelatih pemandu {2}
dudi s | Warung Kopi Bastiong | 82.71 x | h=bisa titip kue
donor m | Yayasan Ternate Peduli | 82.71 x | d=bantuan
dudi s | Toko Oleh-oleh Soasio Tidore | 82.72 | h=titip jual kue dan kerajinan khas Tidore {30:produk}
dinas g | Dinas Pariwisata Kabupaten Halmahera Barat | 82.01 | p=pelatihan pemandu wisata bagi pemuda Halmahera Barat di Jailolo {20}
dudi s | Resort Teluk Jailolo | 82.01 | p=magang pemandu wisata dan selam di resort, mess disediakan {4}
dudi s | Agen Perjalanan Manado Tours | 71.71 | p=magang pemandu wisata 3 bulan di Manado dan Bunaken {6} | h=rekrut pemandu {4}
dudi s | Toko Daring Rempah dan Kue Nusantara Jakarta | 31.74 | h=membeli halua kenari dan manisan pala dari UMKM Ternate tiap bulan, kirim lewat kargo {300:bungkus/bulan}
dudi s | Pusat Oleh-oleh Manado | 71.71 | h=titip jual klappertaart dan kue khas Sulawesi Utara {40:produk}
dudi s | Agen Wisata Tobelo | 82.03 | h=rekrut pemandu wisata {2}
""",
    )
)


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
        row.update(partner_id=p["partner_id"], name=p["name"], sector=p["sector"], kind=p["kind"])
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


def satu_kolom(rows: list[dict], header: str, rng: random.Random) -> tuple[list[str], list[list]]:
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
        write_csv(HERE / f"{base}.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in rows])
        head, one = satu_kolom(rows, header, rng)
        write_csv(HERE / f"{base}_satu_kolom.csv", head, one)
        kap = kapital(rows, rng)
        write_csv(HERE / f"{base}_kapital.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in kap])
        shapes += [
            [base, "per_aspek", f"{base}.csv"],
            [base, "satu_kolom", f"{base}_satu_kolom.csv"],
            [base, "kapital", f"{base}_kapital.csv"],
        ]
        print(f"{base}: {len(rows)} partners")
    write_csv(HERE / "shapes.csv", shapes[0], shapes[1:])


if __name__ == "__main__":
    main()
